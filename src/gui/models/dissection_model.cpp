// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dissection_model.h"

#include "gui/text/layer_names.h"

#include <QColor>
#include <QFont>

namespace hopscope::gui {

namespace {

bool touchesByte(std::size_t bitOffset, std::size_t bitLength, std::size_t byte) {
    const std::size_t begin = byte * 8;
    const std::size_t end = begin + 8;
    // A zero-length field (an empty payload) touches nothing.
    return bitLength > 0 && bitOffset < end && bitOffset + bitLength > begin;
}

QColor layerColour(const wire::Layer& layer) {
    return QColor(QString::fromLatin1(wire::colourHex(layer.colour())));
}

} // namespace

DissectionModel::DissectionModel(QObject* parent) : QAbstractItemModel(parent) {}

DissectionModel::~DissectionModel() = default;

void DissectionModel::setDissection(wire::Dissection dissection) {
    beginResetModel();
    m_root.children.clear();
    m_dissection = std::move(dissection);
    build();
    endResetModel();
}

void DissectionModel::setLayerNaming(LayerNaming naming) {
    if (naming == m_naming) {
        return;
    }
    m_naming = naming;
    if (!m_root.children.empty()) {
        emit dataChanged(index(0, Name), index(static_cast<int>(m_root.children.size()) - 1, Name),
                         {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

void DissectionModel::build() {
    int row = 0;
    for (const auto& layer : m_dissection.layers) {
        auto node = std::make_unique<Node>();
        node->layer = &layer;
        node->parent = &m_root;
        node->row = row;
        node->layerIndex = row;
        node->bitOffset = layer.byteOffset * 8;
        node->bitLength = layer.byteLength * 8;
        addFields(*node, layer.fields);
        m_root.children.push_back(std::move(node));
        ++row;
    }
}

void DissectionModel::addFields(Node& parent, const std::vector<wire::Field>& fields) {
    int row = 0;
    for (const auto& field : fields) {
        auto node = std::make_unique<Node>();
        node->layer = parent.layer;
        node->field = &field;
        node->parent = &parent;
        node->row = row++;
        node->layerIndex = parent.layerIndex;
        node->bitOffset = field.bitOffset;
        node->bitLength = field.bitLength;
        addFields(*node, field.children);
        parent.children.push_back(std::move(node));
    }
}

void DissectionModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_root.children.empty()) {
        emit dataChanged(index(0, Name), index(static_cast<int>(m_root.children.size()) - 1, Name));
    }
}

QString DissectionModel::layerLabel(const wire::Layer& layer) const {
    const QString level =
        m_naming == LayerNaming::Osi ? LayerNames::osi(layer.osi) : LayerNames::tcpIp(layer.tcpip);
    return tr("%1: %2").arg(level, QString::fromStdString(layer.name));
}

const DissectionModel::Node* DissectionModel::nodeFor(const QModelIndex& index) const {
    return index.isValid() ? static_cast<const Node*>(index.internalPointer()) : &m_root;
}

QModelIndex DissectionModel::indexOf(const Node* node) const {
    if (node == nullptr || node == &m_root) {
        return {};
    }
    return createIndex(node->row, 0, const_cast<Node*>(node));
}

QModelIndex DissectionModel::index(int row, int column, const QModelIndex& parent) const {
    const Node* p = nodeFor(parent);
    if (row < 0 || column < 0 || column >= ColumnCount ||
        static_cast<std::size_t>(row) >= p->children.size()) {
        return {};
    }
    return createIndex(row, column, p->children[static_cast<std::size_t>(row)].get());
}

QModelIndex DissectionModel::parent(const QModelIndex& child) const {
    if (!child.isValid()) {
        return {};
    }
    return indexOf(nodeFor(child)->parent);
}

int DissectionModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    return static_cast<int>(nodeFor(parent)->children.size());
}

int DissectionModel::columnCount(const QModelIndex& /*parent*/) const {
    return ColumnCount;
}

QVariant DissectionModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) {
        return {};
    }
    const Node* n = nodeFor(index);
    const bool isLayer = n->field == nullptr;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return isLayer ? layerLabel(*n->layer) : QString::fromStdString(n->field->name);
        case Value:
            return isLayer ? QString::fromStdString(n->layer->summary)
                           : QString::fromStdString(n->field->shown());
        case Filter:
            return QString::fromStdString(isLayer ? n->layer->protocol : n->field->filter);
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString tip;
        if (isLayer) {
            tip = tr("%1 — %2 and %3 in the TCP/IP model")
                      .arg(QString::fromStdString(n->layer->name), LayerNames::osi(n->layer->osi),
                           LayerNames::tcpIp(n->layer->tcpip));
        } else {
            tip = QString::fromStdString(n->field->meaning);
        }
        const std::string& filter = isLayer ? n->layer->protocol : n->field->filter;
        if (!filter.empty()) {
            tip += QLatin1Char('\n') % tr("Display filter: %1").arg(QString::fromStdString(filter));
        }
        return tip;
    }
    case Qt::BackgroundRole:
        if (isLayer) {
            QColor c = layerColour(*n->layer);
            c.setAlpha(70);
            return c;
        }
        return {};
    case Qt::DecorationRole:
        if (isLayer && index.column() == Name) {
            return layerColour(*n->layer);
        }
        return {};
    case Qt::FontRole:
        if (isLayer) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case BitOffsetRole:
        return static_cast<qulonglong>(n->bitOffset);
    case BitLengthRole:
        return static_cast<qulonglong>(n->bitLength);
    case IsLayerRole:
        return isLayer;
    case LayerColourRole:
        return layerColour(*n->layer);
    case LayerIndexRole:
        return n->layerIndex;
    default:
        return {};
    }
}

QVariant DissectionModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Field");
    case Value:
        return tr("Value");
    case Filter:
        return tr("Filter");
    default:
        return {};
    }
}

QModelIndex DissectionModel::indexForByte(std::size_t byteOffset) const {
    const Node* best = nullptr;
    const std::vector<std::unique_ptr<Node>>* level = &m_root.children;
    // Descend while a child touches the byte: the deepest match is the innermost field.
    for (;;) {
        const Node* next = nullptr;
        for (const auto& child : *level) {
            if (touchesByte(child->bitOffset, child->bitLength, byteOffset)) {
                next = child.get();
                break;
            }
        }
        if (next == nullptr) {
            break;
        }
        best = next;
        level = &next->children;
    }
    return indexOf(best);
}

} // namespace hopscope::gui
