// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QDialog>
#include <QPointer>

class HistoryStore;
class QLabel;
class QSettings;
class QSpinBox;

//! Settings > History…: how long and how much of the rooms' history this computer keeps
//! (days, MiB; 0 = no limit), where the file is, how big it is now and whether it is written.
//! Accepting saves the limits and applies them at once.
class HistorySettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistorySettingsDialog)

public:
    explicit HistorySettingsDialog(HistoryStore *store, QWidget *parent = nullptr);

    //! The saved limits (defaults: 90 days, 256 MiB).
    static int savedMaxAgeDays(const QSettings &settings);
    static qint64 savedMaxMiB(const QSettings &settings);

    int maxAgeDays() const;
    qint64 maxMiB() const;
    void setLimits(int maxAgeDays, qint64 maxMiB);

    //! Saves the limits and gives them to the store (which trims at once).
    void apply();

private:
    void updateStatus();

    QPointer<HistoryStore> m_store;
    QSpinBox *m_days = nullptr;
    QSpinBox *m_size = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
};
