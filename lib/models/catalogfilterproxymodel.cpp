#include "catalogfilterproxymodel.h"

#include "streamcatalogmodel.h"

namespace shuriken {

CatalogFilterProxyModel::CatalogFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A namespace stays while any stream below matches.
    setRecursiveFilteringEnabled(true);
    setSortRole(StreamCatalogModel::SortRole);
}

CatalogFilterProxyModel::~CatalogFilterProxyModel() = default;

void CatalogFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool CatalogFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto type = index.data(StreamCatalogModel::NodeTypeRole).value<StreamCatalogModel::NodeType>();
    // Namespaces are shown through their streams (recursive filtering), never on their own.
    if (type != StreamCatalogModel::NodeType::Stream)
        return false;
    if (index.data(StreamCatalogModel::StreamIdRole).toString().contains(m_text, Qt::CaseInsensitive))
        return true;
    if (index.data(StreamCatalogModel::DescriptionRole).toString().contains(m_text, Qt::CaseInsensitive))
        return true;
    const QStringList filters = index.data(StreamCatalogModel::FilterNamesRole).toStringList();
    for (const auto &filter : filters) {
        if (filter.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace shuriken
