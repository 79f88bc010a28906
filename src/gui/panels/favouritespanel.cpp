// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "favouritespanel.h"

#include "core/models/favourites.h"
#include "core/roomtext.h"
#include "gui/presenters/dialogpresenter.h"
#include "gui/widgets/svgicon.h"

#include <QAction>

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FavouritesPanel::FavouritesPanel(DialogPresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_presenter(presenter)
{
    setObjectName(u"favouritesPanel"_s);
    auto *title = new QLabel(tr("Favourites"), this);
    QFont bold = title->font();
    bold.setWeight(QFont::DemiBold);
    title->setFont(bold);
    m_status = new QLabel(this);
    m_status->setObjectName(u"favouritesStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    // Wrapped in a narrow column it must not make the console taller than the screen.
    m_status->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_view = new QListView(this);
    m_view->setObjectName(u"favouritesView"_s);
    m_view->setAccessibleName(tr("Favourites"));
    m_view->setToolTip(tr("The room's speed-dial list, shared by every console: double-click "
                          "or Enter calls"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // elided, never scrolled
    m_view->setMinimumHeight(m_view->fontMetrics().height() * 2);
    m_view->installEventFilter(this);
    title->setBuddy(m_view);

    const auto action = [this](const QString &name, const QString &text, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setToolTip(tip);
        return a;
    };
    m_call = action(u"favouriteCallAction"_s, tr("Call"), tr("Call the selected favourite"));
    m_add = action(u"favouriteAddAction"_s, tr("Add"), {});
    m_remove = action(u"favouriteRemoveAction"_s, tr("Remove"),
                      tr("Take the selected entry off the room's favourites"));
    m_rename = action(u"favouriteRenameAction"_s, tr("Rename…"),
                      tr("Give the selected favourite another label"));
    m_up = action(u"favouriteUpAction"_s, tr("Up"), tr("Move the selected favourite up"));
    m_down = action(u"favouriteDownAction"_s, tr("Down"), tr("Move the selected favourite down"));

    // Compact: the title and small icon buttons on one line, as the recents have them, so the
    // list fits a column of the idle console.
    m_call->setIcon(SvgIcon::icon(u"call"_s));
    m_add->setIcon(SvgIcon::icon(u"contact-add"_s));
    m_remove->setIcon(SvgIcon::icon(u"contact-remove"_s));
    m_rename->setIcon(SvgIcon::icon(u"rename"_s));
    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->setSpacing(2);
    title->setMinimumWidth(title->sizeHint().width());
    header->addWidget(title);
    header->addStretch(1);
    for (QAction *a : { m_call, m_add, m_remove, m_rename, m_up, m_down }) {
        QToolButton *b = button(a);
        b->setAutoRaise(true);
        if (a == m_up || a == m_down) {
            b->setToolButtonStyle(Qt::ToolButtonTextOnly);
            a->setIconText(a == m_up ? u"↑"_s : u"↓"_s); // the button's text; the name stays
        } else {
            b->setToolButtonStyle(Qt::ToolButtonIconOnly);
        }
        header->addWidget(b);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    // The console's splitters keep the widths the operator gave them: the buttons may clip.
    setMinimumWidth(1);

    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(Favourites::IdRole).toString();
        if (!id.isEmpty() && m_callEnabled)
            Q_EMIT callRequested(id);
    });
    connect(m_call, &QAction::triggered, this, [this] {
        if (!currentId().isEmpty())
            Q_EMIT callRequested(currentId());
    });
    connect(m_add, &QAction::triggered, this, [this] {
        if (m_favourites && !m_candidate.isEmpty())
            m_favourites->add(m_candidate, m_candidateLabel);
    });
    connect(m_remove, &QAction::triggered, this, [this] {
        if (m_favourites && !currentId().isEmpty())
            m_favourites->remove(currentId());
    });
    connect(m_rename, &QAction::triggered, this, [this] {
        const QString id = currentId();
        if (!m_favourites || id.isEmpty())
            return;
        const int row = m_favourites->rowOf(id);
        const QString label
            = m_favourites->data(m_favourites->index(row), Favourites::LabelRole).toString();
        const std::optional<QString> name = m_presenter->askText(
            this, tr("Rename Favourite"), tr("Label for %1:").arg(RoomText::name(id)), label);
        if (name && m_favourites)
            m_favourites->rename(id, *name);
    });
    connect(m_up, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_down, &QAction::triggered, this, [this] { moveCurrent(+1); });
    setCandidate({});
    updateStatus();
}

FavouritesPanel::~FavouritesPanel() = default;

QToolButton *FavouritesPanel::button(QAction *action)
{
    auto *b = new QToolButton(this);
    b->setDefaultAction(action);
    b->setObjectName(action->objectName().replace(u"Action"_s, u"Button"_s));
    b->setAutoRaise(false);
    b->setAccessibleName(action->text().remove(u'…'));
    return b;
}

void FavouritesPanel::setFavourites(Favourites *favourites)
{
    if (m_favourites)
        disconnect(m_favourites, nullptr, this, nullptr);
    m_favourites = favourites;
    m_view->setModel(favourites);
    if (favourites) {
        connect(favourites, &Favourites::changed, this, &FavouritesPanel::updateStatus);
        connect(favourites, &Favourites::changed, this, &FavouritesPanel::updateActions);
        connect(favourites, &Favourites::failed, this,
                [this](const QString &text) { m_status->setText(RoomText::bounded(text)); });
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &FavouritesPanel::updateActions);
    }
    updateStatus();
    updateActions();
}

void FavouritesPanel::setCandidate(const QString &id, const QString &label)
{
    m_candidate = id.trimmed();
    m_candidateLabel = label.trimmed();
    m_add->setText(tr("Add"));
    m_add->setToolTip(m_candidate.isEmpty()
                          ? tr("Type an ID in the dial field or pick a contact, then add it here")
                          : tr("Add %1 to the room's favourites")
                                .arg(RoomText::name(
                                    m_candidateLabel.isEmpty() ? m_candidate : m_candidateLabel)));
    updateActions();
}

void FavouritesPanel::setCallEnabled(bool enabled)
{
    m_callEnabled = enabled;
    updateActions();
}

QString FavouritesPanel::currentId() const
{
    return m_view->currentIndex().data(Favourites::IdRole).toString();
}

void FavouritesPanel::updateActions()
{
    const bool loaded = m_favourites && m_favourites->isLoaded();
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    const int count = m_favourites ? m_favourites->rowCount() : 0;
    m_call->setEnabled(row >= 0 && m_callEnabled);
    m_add->setEnabled(loaded && !m_candidate.isEmpty() && !m_favourites->contains(m_candidate));
    m_remove->setEnabled(loaded && row >= 0);
    m_rename->setEnabled(loaded && row >= 0);
    m_up->setEnabled(loaded && row > 0);
    m_down->setEnabled(loaded && row >= 0 && row < count - 1);
}

void FavouritesPanel::updateStatus()
{
    QString text;
    if (!m_favourites)
        text = tr("Favourites appear once the room is connected.");
    else if (!m_favourites->problem().isEmpty())
        text = m_favourites->problem();
    else if (!m_favourites->isLoaded())
        text = tr("Favourites appear once the room is connected.");
    else if (m_favourites->rowCount() == 0)
        text = tr("No favourites yet: add the ID in the dial field or a contact.");
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void FavouritesPanel::moveCurrent(int delta)
{
    const QString id = currentId();
    if (!m_favourites || id.isEmpty())
        return;
    const int to = m_view->currentIndex().row() + delta;
    QPointer<FavouritesPanel> self(this);
    m_favourites->move(id, to, this, [self, id](const RequestOutcome &o) {
        // Keep the moved entry selected, so that Up Up Up walks it to the top.
        if (!self || !o.ok() || !self->m_favourites)
            return;
        const int row = self->m_favourites->rowOf(id);
        if (row >= 0)
            self->m_view->setCurrentIndex(self->m_favourites->index(row));
    });
}

bool FavouritesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && m_remove->isEnabled()) {
            m_remove->trigger();
            return true;
        }
        if (key->key() == Qt::Key_F2 && m_rename->isEnabled()) {
            m_rename->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
