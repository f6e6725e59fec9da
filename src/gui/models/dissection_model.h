// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "wire/layer.h"

#include <QAbstractItemModel>
#include <cstddef>
#include <memory>
#include <vector>

namespace hopscope::gui {

// Which model a teacher names the layers in; the inspector labels layer rows with it.
enum class LayerNaming { Osi, TcpIp };

// The inspector's field tree: layers, their fields and child fields, each knowing the bits it
// covers so the hex pane can highlight them and a clicked byte can find its field.
class DissectionModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Name, Value, Filter, ColumnCount };
    enum Role {
        BitOffsetRole = Qt::UserRole + 1, // qulonglong, bits from the frame's first byte
        BitLengthRole,                    // qulonglong
        IsLayerRole,                      // bool
        LayerColourRole,                  // QColor of the row's layer
        LayerIndexRole,                   // int
    };

    explicit DissectionModel(QObject* parent = nullptr);
    ~DissectionModel() override;

    void setDissection(wire::Dissection dissection);
    [[nodiscard]] const wire::Dissection& dissection() const { return m_dissection; }
    void setLayerNaming(LayerNaming naming);
    [[nodiscard]] LayerNaming layerNaming() const { return m_naming; }

    // The innermost field whose bits touch this byte (a layer row when no field does).
    [[nodiscard]] QModelIndex indexForByte(std::size_t byteOffset) const;
    [[nodiscard]] QString layerLabel(const wire::Layer& layer) const;
    // Headers and layer names in the current language (called on a language change).
    void retranslate();

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    struct Node {
        const wire::Layer* layer = nullptr; // the layer row itself, or the field's layer
        const wire::Field* field = nullptr; // null on a layer row
        Node* parent = nullptr;
        int row = 0;
        int layerIndex = 0;
        std::size_t bitOffset = 0;
        std::size_t bitLength = 0;
        std::vector<std::unique_ptr<Node>> children;
    };

    void build();
    static void addFields(Node& parent, const std::vector<wire::Field>& fields);
    [[nodiscard]] const Node* nodeFor(const QModelIndex& index) const;
    [[nodiscard]] QModelIndex indexOf(const Node* node) const;

    wire::Dissection m_dissection;
    Node m_root;
    LayerNaming m_naming = LayerNaming::Osi;
};

} // namespace hopscope::gui
