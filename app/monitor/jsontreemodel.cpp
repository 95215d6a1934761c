#include "jsontreemodel.h"

#include "displayfilter.h"

#include <QFont>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace shuriken {

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setDocument(const QJsonDocument &document)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    m_rootIsArray = document.isArray();
    if (!document.isNull()) {
        if (root.isObject()) {
            const QJsonObject object = root.toObject();
            int row = 0;
            for (auto it = object.constBegin(); it != object.constEnd(); ++it)
                m_roots.push_back(appendNode(it.key(), it.key(), it.value(), -1, row++));
        } else {
            const QJsonArray array = root.toArray();
            for (int i = 0; i < int(array.size()); ++i) {
                const QString key = QStringLiteral("[%1]").arg(i);
                m_roots.push_back(appendNode(key, key, array.at(i), -1, i));
            }
        }
        for (int rootIndex : std::vector<int>(m_roots))
            addChildren(rootIndex);
    }
    endResetModel();
}

void JsonTreeModel::clear()
{
    setDocument(QJsonDocument());
}

void JsonTreeModel::setUnknownFields(const QStringList &paths)
{
    const QSet<QString> fields(paths.cbegin(), paths.cend());
    if (fields == m_unknownFields)
        return;
    // Marks can sit at any depth; a reset is cheap for one event's tree.
    beginResetModel();
    m_unknownFields = fields;
    endResetModel();
}

int JsonTreeModel::appendNode(QString key, QString path, const QJsonValue &value, int parent, int row)
{
    Node node;
    node.key = std::move(key);
    node.path = std::move(path);
    node.value = value;
    node.parent = parent;
    node.row = row;
    m_nodes.push_back(std::move(node));
    return int(m_nodes.size()) - 1;
}

void JsonTreeModel::addChildren(int nodeIndex)
{
    // A copy: appending nodes below reallocates m_nodes.
    const QJsonValue value = m_nodes[size_t(nodeIndex)].value;
    // Children are appended after the whole level is known, so the indices stay valid while
    // m_nodes grows (nodes are referred to by index, never by pointer).
    std::vector<int> children;
    const QString basePath = m_nodes[size_t(nodeIndex)].path;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        int row = 0;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            children.push_back(appendNode(it.key(), basePath + u'.' + it.key(), it.value(), nodeIndex, row++));
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < int(array.size()); ++i) {
            const QString key = QStringLiteral("[%1]").arg(i);
            children.push_back(appendNode(key, basePath + key, array.at(i), nodeIndex, i));
        }
    }
    m_nodes[size_t(nodeIndex)].children = children;
    for (int child : children)
        addChildren(child);
}

const JsonTreeModel::Node *JsonTreeModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const auto nodeIndex = size_t(index.internalId());
    return nodeIndex < m_nodes.size() ? &m_nodes[nodeIndex] : nullptr;
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const std::vector<int> *siblings = &m_roots;
    if (parent.isValid()) {
        const Node *parentNode = nodeFor(parent);
        if (!parentNode || parent.column() != 0)
            return {};
        siblings = &parentNode->children;
    }
    if (size_t(row) >= siblings->size())
        return {};
    return createIndex(row, column, quintptr((*siblings)[size_t(row)]));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeFor(child);
    if (!node || node->parent < 0)
        return {};
    const Node &parentNode = m_nodes[size_t(node->parent)];
    return createIndex(parentNode.row, 0, quintptr(node->parent));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeFor(parent);
    return node ? int(node->children.size()) : 0;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString JsonTreeModel::filterPath(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    if (!node)
        return {};
    std::vector<const Node *> chain;
    for (; node; node = node->parent >= 0 ? &m_nodes[size_t(node->parent)] : nullptr)
        chain.push_back(node);
    QString path;
    for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
        const Node *step = *it;
        const bool inArray = step->parent >= 0 ? m_nodes[size_t(step->parent)].value.isArray() : m_rootIsArray;
        if (inArray) {
            // A top-level array is reached through the whole payload.
            if (path.isEmpty())
                path = QStringLiteral("payload");
            path += QStringLiteral("[%1]").arg(step->row);
        } else {
            path += DisplayFilter::memberStep(step->key, path.isEmpty());
        }
    }
    return path;
}

QString JsonTreeModel::filterExpression(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    if (!node)
        return {};
    const QString path = filterPath(index);
    switch (node->value.type()) {
    case QJsonValue::String:
        return path + QStringLiteral(" == ") + DisplayFilter::stringLiteral(node->value.toString());
    case QJsonValue::Bool:
    case QJsonValue::Double:
        return path + QStringLiteral(" == ") + valueText(node->value);
    case QJsonValue::Null:
        return QStringLiteral("!exists ") + path;
    case QJsonValue::Array:
    case QJsonValue::Object:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("exists ") + path;
}

QString JsonTreeModel::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // Whole numbers that fit in 64 bits are shown exactly (slots, lamports); QJsonValue keeps
        // them as integers internally.
        const qint64 asInteger = value.toInteger(0);
        if (asInteger != 0 || value.toInteger(1) != 1)
            return QString::number(asInteger);
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return QString::number(d);
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QStringLiteral("[%1]").arg(value.toArray().size());
    case QJsonValue::Object:
        return QStringLiteral("{%1}").arg(value.toObject().size());
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString JsonTreeModel::typeText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("boolean");
    case QJsonValue::Double:
        return (value.toInteger(0) != 0 || value.toInteger(1) != 1) ? tr("integer") : tr("number");
    case QJsonValue::String:
        return tr("string");
    case QJsonValue::Array:
        return tr("array");
    case QJsonValue::Object:
        return tr("object");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    if (!node)
        return {};
    const bool unknown = m_unknownFields.contains(node->path);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case KeyColumn:
            return node->key;
        case ValueColumn:
            return valueText(node->value);
        case TypeColumn:
            return typeText(node->value);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (unknown)
            return tr("%1 is not described by the stream's schema").arg(node->path);
        if (index.column() == ValueColumn && node->value.isString())
            return node->value.toString();
        return node->path;
    case Qt::FontRole:
        if (unknown) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case PathRole:
        return node->path;
    case JsonTextRole:
        if (node->value.isObject())
            return QString::fromUtf8(QJsonDocument(node->value.toObject()).toJson(QJsonDocument::Compact));
        if (node->value.isArray())
            return QString::fromUtf8(QJsonDocument(node->value.toArray()).toJson(QJsonDocument::Compact));
        return node->value.isString() ? node->value.toString() : valueText(node->value);
    case UnknownFieldRole:
        return unknown;
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

QModelIndex JsonTreeModel::indexForPath(const QString &path) const
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].path == path)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    }
    return {};
}

} // namespace shuriken
