// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "packet_inspector.h"

#include "bit_view.h"
#include "gui/controllers/playback_controller.h"
#include "gui/text/source_kind_text.h"
#include "hex_view.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace hopscope::gui {

namespace {

bool isDark(const QPalette& pal) {
    return pal.color(QPalette::Window).lightnessF() < 0.5;
}

// Depth-first search for the first row whose filter column equals `filter`.
QModelIndex findFilter(const QAbstractItemModel& model, const QString& filter,
                       const QModelIndex& parent = {}) {
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, DissectionModel::Name, parent);
        if (model.index(r, DissectionModel::Filter, parent).data().toString() == filter) {
            return i;
        }
        if (const QModelIndex found = findFilter(model, filter, i); found.isValid()) {
            return found;
        }
    }
    return {};
}

} // namespace

PacketInspector::PacketInspector(PlaybackController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller) {
    setObjectName(QStringLiteral("packetInspector"));
    m_model = new DissectionModel(this);

    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_note = new QLabel(this);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_namingGroup = new QActionGroup(this);
    m_namingGroup->setExclusive(true);
    m_osiAction = new QAction(m_namingGroup);
    m_osiAction->setCheckable(true);
    m_osiAction->setChecked(true);
    m_tcpIpAction = new QAction(m_namingGroup);
    m_tcpIpAction->setCheckable(true);
    m_osiButton = new QToolButton(this);
    m_osiButton->setDefaultAction(m_osiAction);
    m_tcpIpButton = new QToolButton(this);
    m_tcpIpButton->setDefaultAction(m_tcpIpAction);
    for (auto* b : {m_osiButton, m_tcpIpButton}) {
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setFocusPolicy(Qt::NoFocus);
    }

    m_tree = new QTreeView(this);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(false);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(DissectionModel::Name, 260);
    m_tree->setColumnWidth(DissectionModel::Value, 200);
    m_tree->installEventFilter(this);

    m_hex = new HexView(this);
    m_bits = new BitView(this);
    m_bits->hide();
    auto* bytes = new QWidget(this);
    // The bytes pane takes what 16 bytes a row need; the tree gets the rest.
    bytes->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    auto* bytesLayout = new QVBoxLayout(bytes);
    bytesLayout->setContentsMargins(0, 0, 0, 0);
    bytesLayout->setSpacing(2);
    bytesLayout->addWidget(m_hex, 1);
    bytesLayout->addWidget(m_bits);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(bytes);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setChildrenCollapsible(false);

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_title, 1);
    header->addWidget(m_osiButton);
    header->addWidget(m_tcpIpButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(3);
    layout->addLayout(header);
    layout->addWidget(m_note);
    layout->addWidget(m_problem);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_empty, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PacketInspector::onCurrentFieldChanged);
    connect(m_hex, &HexView::byteClicked, this, &PacketInspector::onByteClicked);
    connect(m_osiAction, &QAction::triggered, this, [this] { setLayerNaming(LayerNaming::Osi); });
    connect(m_tcpIpAction, &QAction::triggered, this,
            [this] { setLayerNaming(LayerNaming::TcpIp); });
    if (m_controller != nullptr) {
        connect(m_controller, &PlaybackController::positionChanged, this,
                &PacketInspector::followCursor);
        connect(m_controller, &PlaybackController::traceGrew, this, &PacketInspector::followCursor);
        connect(m_controller, &PlaybackController::traceReplaced, this, [this] {
            m_shownEvent.reset();
            followCursor();
        });
    }

    retranslate();
    updateProblemStyle();
    clear();
    followCursor();
}

void PacketInspector::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        updateProblemStyle();
    }
    QWidget::changeEvent(event);
}

bool PacketInspector::eventFilter(QObject* watched, QEvent* event) {
    // In the field tree Left/Right fold and unfold rows, as in every tree; the window-wide
    // step shortcuts keep Space and Page Up/Down there.
    if (watched == m_tree && event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Left || key->key() == Qt::Key_Right) &&
            key->modifiers() == Qt::NoModifier) {
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PacketInspector::retranslate() {
    m_model->retranslate();
    m_osiAction->setText(tr("OSI"));
    m_osiAction->setToolTip(tr("Name layers as in the seven-layer OSI model"));
    m_tcpIpAction->setText(tr("TCP/IP"));
    m_tcpIpAction->setToolTip(tr("Name layers as in the four-layer TCP/IP model"));
    m_empty->setText(tr("No event yet. Step forward or pick one in the event list to see its "
                        "layers and bytes."));
    if (m_controller != nullptr && m_shownEvent) {
        const auto index = *m_shownEvent;
        m_shownEvent.reset();
        showTraceEvent(index);
    }
}

void PacketInspector::updateProblemStyle() {
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText,
                 isDark(palette()) ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28));
    m_problem->setPalette(pal);
}

void PacketInspector::setLayerNaming(LayerNaming naming) {
    (naming == LayerNaming::Osi ? m_osiAction : m_tcpIpAction)->setChecked(true);
    if (naming == m_model->layerNaming()) {
        return;
    }
    m_model->setLayerNaming(naming);
    emit layerNamingChanged(naming);
}

void PacketInspector::setScale(double scale) {
    m_scale = scale;
    m_hex->setScale(scale);
    m_bits->setScale(scale);
    m_tree->setColumnWidth(DissectionModel::Name, static_cast<int>(260 * scale));
    m_tree->setColumnWidth(DissectionModel::Value, static_cast<int>(200 * scale));
}

void PacketInspector::clear() {
    m_shownEvent.reset();
    m_frame.clear();
    m_model->setDissection({});
    m_hex->setData({});
    m_bits->clear();
    m_bits->hide();
    m_title->clear();
    m_note->hide();
    m_problem->hide();
    m_splitter->hide();
    m_empty->show();
}

void PacketInspector::followCursor() {
    if (m_controller == nullptr) {
        return;
    }
    const auto index = m_controller->currentIndex();
    if (index == m_shownEvent) {
        return;
    }
    if (!index) {
        clear();
        return;
    }
    showTraceEvent(*index);
}

void PacketInspector::showTraceEvent(std::size_t index) {
    const trace::Event& e = m_controller->event(index);
    QString title =
        tr("Event %1 · %2 → %3 · %n bytes · %4", nullptr, static_cast<int>(e.frame().size()))
            .arg(index + 1)
            .arg(QString::fromStdString(e.from()), QString::fromStdString(e.to()),
                 SourceKindText::name(e.source()));
    if (!e.capturedAt().empty()) {
        title += QLatin1Char(' ') +
                 tr("(captured at %1)").arg(QString::fromStdString(e.capturedAt()));
    }
    QString note = QString::fromStdString(e.note());
    if (e.source() == trace::SourceKind::Live) {
        // Say plainly which bytes never were on a wire.
        note += (note.isEmpty() ? QString() : QStringLiteral(" ")) +
                tr("[Drawn: the message itself is what the program sent; the Ethernet, IP and "
                   "UDP/TCP headers around it were made up for the display addresses.]");
    }
    showFrame(e.frame(), e.dissect(), title, note);
    m_shownEvent = index;
}

void PacketInspector::showFrame(std::vector<std::uint8_t> frame, wire::Dissection dissection,
                                const QString& title, const QString& note) {
    m_frame = std::move(frame);
    std::vector<HexView::Tint> tints;
    for (const auto& layer : dissection.layers) {
        tints.push_back({layer.byteOffset, layer.byteOffset + layer.byteLength,
                         QColor(QString::fromLatin1(wire::colourHex(layer.colour())))});
    }
    const QString problem = QString::fromStdString(dissection.problem);
    m_model->setDissection(std::move(dissection));
    m_hex->setData(m_frame);
    m_hex->setTints(std::move(tints));
    m_bits->clear();
    m_bits->hide();
    m_title->setText(title);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_problem->setText(tr("Problem: %1").arg(problem));
    m_problem->setVisible(!problem.isEmpty());
    m_empty->hide();
    m_splitter->show();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        m_tree->expand(m_model->index(r, 0));
    }
    // Layer names and field names readable in full, without crowding out the values.
    m_tree->resizeColumnToContents(DissectionModel::Name);
    const int cap = std::max(static_cast<int>(200 * m_scale), m_tree->viewport()->width() / 2);
    m_tree->setColumnWidth(DissectionModel::Name,
                           std::min(m_tree->columnWidth(DissectionModel::Name), cap));
    restoreSelection();
}

void PacketInspector::restoreSelection() {
    if (m_selectedFilter.empty()) {
        return;
    }
    const QModelIndex found = findFilter(*m_model, QString::fromStdString(m_selectedFilter));
    if (found.isValid()) {
        m_tree->setCurrentIndex(found);
        m_tree->scrollTo(found);
    }
}

void PacketInspector::onCurrentFieldChanged(const QModelIndex& current) {
    if (!current.isValid()) {
        m_hex->clearSelection();
        m_bits->hide();
        return;
    }
    const QModelIndex row = current.siblingAtColumn(DissectionModel::Name);
    const auto bitOffset =
        static_cast<std::size_t>(row.data(DissectionModel::BitOffsetRole).toULongLong());
    const auto bitLength =
        static_cast<std::size_t>(row.data(DissectionModel::BitLengthRole).toULongLong());
    m_selectedFilter = row.siblingAtColumn(DissectionModel::Filter).data().toString().toStdString();
    m_hex->setSelection(bitOffset, bitLength);
    const bool partial = bitLength > 0 && (bitOffset % 8 != 0 || bitLength % 8 != 0);
    if (partial) {
        m_bits->setField(m_frame, bitOffset, bitLength);
    }
    m_bits->setVisible(partial);
}

void PacketInspector::onByteClicked(std::size_t byte) {
    const QModelIndex index = m_model->indexForByte(byte);
    if (!index.isValid()) {
        return;
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

} // namespace hopscope::gui
