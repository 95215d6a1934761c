#pragma once

#include "dto.h"

#include <QAbstractItemModel>

namespace shuriken {

/// The stream catalog as a two-level tree: namespace nodes (svm, evm, alpha, portfolio,
/// automation, then any other namespace the server adds, alphabetically) with their streams
/// below in catalog order.
class StreamCatalogModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamCatalogModel)

public:
    enum Column
    {
        IdColumn, // namespace name on namespace rows
        VisibilityColumn,
        FiltersColumn, // "chainId, tokenAddress"; optional filters in brackets
        EventColumn,
        DescriptionColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum class NodeType
    {
        Namespace,
        Stream,
    };
    Q_ENUM(NodeType)

    enum Role
    {
        SortRole = Qt::UserRole, // QString of the cell (catalog order is kept by the model)
        NodeTypeRole, // NodeType
        StreamIdRole, // QString; empty on namespace rows
        NamespaceRole, // QString ("svm"), both row kinds
        VisibilityRole, // shuriken::Visibility (stream rows)
        FilterNamesRole, // QStringList, all filters (stream rows)
        RequiredFiltersRole, // QStringList (stream rows)
        EventRole, // QString (stream rows)
        DescriptionRole, // QString (stream rows)
        DescriptorRole, // StreamDescriptor (stream rows)
    };
    Q_ENUM(Role)

    explicit StreamCatalogModel(QObject *parent = nullptr);
    ~StreamCatalogModel() override;

    /// Replaces the catalog (one model reset).
    void setCatalog(const StreamCatalog &catalog);
    const StreamCatalog &catalog() const { return m_catalog; }
    /// True when the catalog is the built-in fallback (the server had no catalog endpoint).
    bool isBuiltIn() const { return m_catalog.source == StreamCatalog::Source::BuiltIn; }

    /// The stream of a stream row, or nullptr for namespace rows and invalid indexes.
    const StreamDescriptor *descriptor(const QModelIndex &index) const;
    /// Column 0 of the stream's row, or invalid.
    QModelIndex indexOfStream(const QString &streamId) const;
    /// Column 0 of the namespace's row, or invalid.
    QModelIndex indexOfNamespace(const QString &name) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Translated "public" / "private" / "presence".
    static QString visibilityText(Visibility visibility);
    /// The filters column text of @p stream.
    static QString filtersSummary(const StreamDescriptor &stream);

private:
    struct NamespaceNode
    {
        QString name;
        QList<int> streams; // indexes into m_catalog.streams
    };

    QVariant namespaceData(int row, int column, int role) const;
    QVariant streamData(const StreamDescriptor &stream, int column, int role) const;

    StreamCatalog m_catalog;
    QList<NamespaceNode> m_namespaces;
};

} // namespace shuriken
