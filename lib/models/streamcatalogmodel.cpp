#include "streamcatalogmodel.h"

#include <algorithm>
#include <array>

namespace shuriken {

namespace {

// The order of PROTOCOL.md section 4; namespaces a server adds later follow alphabetically.
constexpr std::array knownNamespaces {"svm", "evm", "alpha", "portfolio", "automation"};

int namespaceRank(const QString &name)
{
    for (size_t i = 0; i < knownNamespaces.size(); ++i) {
        if (name == QLatin1String(knownNamespaces[i]))
            return int(i);
    }
    return int(knownNamespaces.size());
}

// internalId of an index: 0 for namespace rows, namespace row + 1 for stream rows.
constexpr quintptr NamespaceId = 0;

} // namespace

StreamCatalogModel::StreamCatalogModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

StreamCatalogModel::~StreamCatalogModel() = default;

void StreamCatalogModel::setCatalog(const StreamCatalog &catalog)
{
    beginResetModel();
    m_catalog = catalog;
    m_namespaces.clear();
    for (int i = 0; i < m_catalog.streams.size(); ++i) {
        const QString name = m_catalog.streams.at(i).streamNamespace();
        auto it = std::find_if(m_namespaces.begin(), m_namespaces.end(),
                               [&name](const NamespaceNode &node) { return node.name == name; });
        if (it == m_namespaces.end()) {
            m_namespaces.append(NamespaceNode {name, {}});
            it = m_namespaces.end() - 1;
        }
        it->streams.append(i);
    }
    std::stable_sort(m_namespaces.begin(), m_namespaces.end(), [](const NamespaceNode &a, const NamespaceNode &b) {
        const int rankA = namespaceRank(a.name);
        const int rankB = namespaceRank(b.name);
        if (rankA != rankB)
            return rankA < rankB;
        return a.name < b.name;
    });
    endResetModel();
}

const StreamDescriptor *StreamCatalogModel::descriptor(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == NamespaceId)
        return nullptr;
    const int ns = int(index.internalId() - 1);
    if (ns < 0 || ns >= m_namespaces.size())
        return nullptr;
    const auto &streams = m_namespaces.at(ns).streams;
    if (index.row() < 0 || index.row() >= streams.size())
        return nullptr;
    return &m_catalog.streams.at(streams.at(index.row()));
}

QModelIndex StreamCatalogModel::indexOfStream(const QString &streamId) const
{
    for (int ns = 0; ns < m_namespaces.size(); ++ns) {
        const auto &streams = m_namespaces.at(ns).streams;
        for (int row = 0; row < streams.size(); ++row) {
            if (m_catalog.streams.at(streams.at(row)).id == streamId)
                return createIndex(row, 0, quintptr(ns) + 1);
        }
    }
    return {};
}

QModelIndex StreamCatalogModel::indexOfNamespace(const QString &name) const
{
    for (int ns = 0; ns < m_namespaces.size(); ++ns) {
        if (m_namespaces.at(ns).name == name)
            return createIndex(ns, 0, NamespaceId);
    }
    return {};
}

QModelIndex StreamCatalogModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, NamespaceId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex StreamCatalogModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == NamespaceId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, NamespaceId);
}

int StreamCatalogModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_namespaces.size());
    // Only column 0 of a namespace has children; streams are leaves.
    if (parent.column() != 0 || parent.internalId() != NamespaceId)
        return 0;
    if (parent.row() < 0 || parent.row() >= m_namespaces.size())
        return 0;
    return int(m_namespaces.at(parent.row()).streams.size());
}

int StreamCatalogModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags StreamCatalogModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != NamespaceId)
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QVariant StreamCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Stream");
    case VisibilityColumn:
        return tr("Visibility");
    case FiltersColumn:
        return tr("Filters", "stream catalog column: filter names a stream takes");
    case EventColumn:
        return tr("Event", "stream catalog column: Pusher event name");
    case DescriptionColumn:
        return tr("Description");
    default:
        break;
    }
    return {};
}

QVariant StreamCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == NamespaceId)
        return namespaceData(index.row(), index.column(), role);
    const StreamDescriptor *stream = descriptor(index);
    if (!stream)
        return {};
    if (role == NamespaceRole)
        return m_namespaces.at(int(index.internalId() - 1)).name;
    return streamData(*stream, index.column(), role);
}

QVariant StreamCatalogModel::namespaceData(int row, int column, int role) const
{
    const NamespaceNode &node = m_namespaces.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        if (column == IdColumn)
            return node.name;
        if (column == DescriptionColumn && role == Qt::DisplayRole)
            return tr("%n stream(s)", "catalog namespace row", int(node.streams.size()));
        return {};
    case NodeTypeRole:
        return QVariant::fromValue(NodeType::Namespace);
    case NamespaceRole:
        return node.name;
    case StreamIdRole:
        return QString();
    default:
        break;
    }
    return {};
}

QVariant StreamCatalogModel::streamData(const StreamDescriptor &stream, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case IdColumn:
            return stream.id;
        case VisibilityColumn:
            return visibilityText(stream.visibility);
        case FiltersColumn:
            return filtersSummary(stream);
        case EventColumn:
            return stream.event;
        case DescriptionColumn:
            return stream.description;
        default:
            break;
        }
        return {};
    case Qt::ToolTipRole: {
        if (column != FiltersColumn || stream.filters.isEmpty())
            return stream.description.isEmpty() ? QVariant() : QVariant(stream.description);
        QStringList lines;
        for (const auto &filter : stream.filters) {
            const QString kind = filter.required ? tr("required") : tr("optional");
            lines.append(QStringLiteral("%1 (%2): %3").arg(filter.name, kind, filter.description));
        }
        return lines.join(u'\n');
    }
    case NodeTypeRole:
        return QVariant::fromValue(NodeType::Stream);
    case StreamIdRole:
        return stream.id;
    case VisibilityRole:
        return QVariant::fromValue(stream.visibility);
    case FilterNamesRole: {
        QStringList names;
        for (const auto &filter : stream.filters)
            names.append(filter.name);
        return names;
    }
    case RequiredFiltersRole:
        return stream.requiredFilterNames();
    case EventRole:
        return stream.event;
    case DescriptionRole:
        return stream.description;
    case DescriptorRole:
        return QVariant::fromValue(stream);
    default:
        break;
    }
    return {};
}

QString StreamCatalogModel::visibilityText(Visibility visibility)
{
    switch (visibility) {
    case Visibility::Public:
        return tr("public", "stream visibility");
    case Visibility::Private:
        return tr("private", "stream visibility");
    case Visibility::Presence:
        return tr("presence", "stream visibility");
    }
    return {};
}

QString StreamCatalogModel::filtersSummary(const StreamDescriptor &stream)
{
    if (stream.filters.isEmpty())
        return tr("none", "stream without filters");
    QStringList parts;
    for (const auto &filter : stream.filters)
        parts.append(filter.required ? filter.name : u'[' + filter.name + u']');
    return parts.join(QStringLiteral(", "));
}

} // namespace shuriken
