// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "historysettingsdialog.h"

#include "core/history/historystore.h"
#include "gui/widgets/statuscolors.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const auto kMaxAgeKey = u"history/maxAgeDays"_s;
const auto kMaxMiBKey = u"history/maxMiB"_s;
constexpr int kDefaultDays = 90;
constexpr int kDefaultMiB = 256;

} // namespace

HistorySettingsDialog::HistorySettingsDialog(HistoryStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(u"historySettingsDialog"_s);
    setWindowTitle(tr("History"));

    auto *intro = new QLabel(tr("RoomDeck keeps every room's event log, commands and calls on "
                                "this computer. Older entries go first when a limit is reached."),
                             this);
    intro->setWordWrap(true);

    m_days = new QSpinBox(this);
    m_days->setObjectName(u"maxAgeSpin"_s);
    m_days->setRange(0, 3650);
    m_days->setSpecialValueText(tr("Forever"));
    // The unit agrees with the number ("1 day", "2 days"; Russian has three forms).
    const auto daySuffix = [this](int days) {
        m_days->setSuffix(tr(" days", nullptr, days));
    };
    connect(m_days, &QSpinBox::valueChanged, this, daySuffix);
    daySuffix(m_days->value());
    m_days->setAccessibleName(tr("Keep entries for"));
    m_size = new QSpinBox(this);
    m_size->setObjectName(u"maxSizeSpin"_s);
    m_size->setRange(0, 100 * 1024);
    m_size->setSingleStep(64);
    m_size->setSpecialValueText(tr("No limit"));
    m_size->setSuffix(tr(" MiB"));
    m_size->setAccessibleName(tr("Largest size of the history file"));

    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(u"historyFileLabel"_s);
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setWordWrap(true);
    m_sizeLabel = new QLabel(this);
    m_sizeLabel->setObjectName(u"historySizeLabel"_s);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"historyStatusLabel"_s);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Keep entries for:"), m_days);
    form->addRow(tr("&Largest file size:"), m_size);
    form->addRow(tr("File:"), m_fileLabel);
    form->addRow(tr("Size now:"), m_sizeLabel);
    form->addRow(tr("State:"), m_statusLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    const QSettings settings;
    setLimits(savedMaxAgeDays(settings), savedMaxMiB(settings));
    if (m_store)
        connect(m_store, &HistoryStore::statusChanged, this, &HistorySettingsDialog::updateStatus);
    updateStatus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

int HistorySettingsDialog::savedMaxAgeDays(const QSettings &settings)
{
    return std::clamp(settings.value(kMaxAgeKey, kDefaultDays).toInt(), 0, 3650);
}

qint64 HistorySettingsDialog::savedMaxMiB(const QSettings &settings)
{
    return std::clamp<qint64>(settings.value(kMaxMiBKey, kDefaultMiB).toLongLong(), 0, 100 * 1024);
}

int HistorySettingsDialog::maxAgeDays() const
{
    return m_days->value();
}

qint64 HistorySettingsDialog::maxMiB() const
{
    return m_size->value();
}

void HistorySettingsDialog::setLimits(int maxAgeDays, qint64 maxMiB)
{
    m_days->setValue(maxAgeDays);
    m_size->setValue(int(maxMiB));
}

void HistorySettingsDialog::apply()
{
    QSettings settings;
    settings.setValue(kMaxAgeKey, maxAgeDays());
    settings.setValue(kMaxMiBKey, maxMiB());
    if (!m_store)
        return;
    m_store->setRetention(maxAgeDays(), maxMiB());
    // Trimming a large file takes a moment; the limits apply now, not in an hour.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    m_store->applyRetention();
    QGuiApplication::restoreOverrideCursor();
    updateStatus();
}

void HistorySettingsDialog::updateStatus()
{
    if (!m_store) {
        m_fileLabel->setText(tr("None: RoomDeck was started without a history."));
        m_sizeLabel->clear();
        m_statusLabel->clear();
        return;
    }
    m_fileLabel->setText(QDir::toNativeSeparators(m_store->path()));
    m_sizeLabel->setText(QLocale().formattedDataSize(m_store->usedBytes()));
    const bool paused = m_store->state() == HistoryStore::State::Paused;
    const QString text = m_store->statusText();
    m_statusLabel->setText(paused ? text : (text.isEmpty() ? tr("Written as entries come") : text));
    StatusColors::setForeground(
        m_statusLabel,
        StatusColors::text(paused ? StatusColors::Tone::Bad : StatusColors::Tone::Good,
                           QApplication::palette()));
}
