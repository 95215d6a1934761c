#pragma once

#include <QAbstractItemModel>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSet>

#include <vector>

namespace shuriken {

/// A read-only tree of one JSON document: key, value, type. Built on demand for the selected
/// event only, so its cost never scales with the table. Fields the stream's schema does not
/// describe are marked (italic, tooltip), because unknown fields are what an integrator looks for.
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    enum Column
    {
        KeyColumn,
        ValueColumn,
        TypeColumn,
        ColumnCount
    };
    enum Role
    {
        /// The dotted path of the node ("fees.gasLamports", "mentions[2].username").
        PathRole = Qt::UserRole,
        /// The node's value as compact JSON text (objects and arrays included).
        JsonTextRole,
        /// True for a node whose path is one of the unknown fields.
        UnknownFieldRole,
    };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    void setDocument(const QJsonDocument &document);
    void clear();
    /// Dotted paths ("extra", "fees.tip") the stream's schema does not describe; they are marked.
    void setUnknownFields(const QStringList &paths);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The index of the node at `path` (as PathRole gives it), or an invalid index.
    QModelIndex indexForPath(const QString &path) const;

    /// The node's path in the display-filter language (docs/display-filters.md):
    /// `fees.gasLamports`, `tokens[0].mint`, `["odd key"]`, `data["a-b"]`, and `payload.seq` for
    /// a top-level field that metadata or a keyword would shadow. Empty for an invalid index.
    QString filterPath(const QModelIndex &index) const;
    /// A display filter for events whose field at @p index holds this node's value:
    /// `path == literal` for a string, number or boolean, `exists path` for an object or array,
    /// `!exists path` for null (filters count null as missing).
    QString filterExpression(const QModelIndex &index) const;

    /// Display text of a scalar: strings bare, integers exact, other numbers shortest round-trip.
    static QString valueText(const QJsonValue &value);
    static QString typeText(const QJsonValue &value);

private:
    struct Node
    {
        QString key;
        QString path;
        QJsonValue value;
        int parent = -1; // index into m_nodes; -1 for top-level nodes
        int row = 0;
        std::vector<int> children;
    };

    void addChildren(int nodeIndex);
    int appendNode(QString key, QString path, const QJsonValue &value, int parent, int row);
    const Node *nodeFor(const QModelIndex &index) const;

    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
    bool m_rootIsArray = false;
    QSet<QString> m_unknownFields;
};

} // namespace shuriken
