#include "httplogmodel.h"

#include <QJsonDocument>

namespace shuriken {

namespace {

QString bodyText(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    // JSON bodies are pretty-printed for reading; anything else is shown as it came.
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isNull())
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
    return QString::fromUtf8(body);
}

QString headerLines(const HttpHeaderList &headers)
{
    QString text;
    for (const auto &header : headers)
        // UTF-8, not Latin-1: the redacted Authorization value carries an ellipsis character.
        text += QString::fromUtf8(header.first) + QStringLiteral(": ") + QString::fromUtf8(header.second) + u'\n';
    return text;
}

} // namespace

HttpLogModel::HttpLogModel(QObject *parent)
    : BoundedLogModel(DefaultCapacity, parent)
{ }

HttpLogModel::~HttpLogModel() = default;

int HttpLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HttpLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method", "HTTP method");
    case UrlColumn:
        return tr("URL");
    case StatusColumn:
        return tr("Status", "HTTP status code");
    case DurationColumn:
        return tr("Duration");
    case ErrorColumn:
        return tr("Error");
    default:
        break;
    }
    return {};
}

QString HttpLogModel::requestText(const HttpExchange &exchange)
{
    QString text = QString::fromLatin1(exchange.method) + u' ' + exchange.url.toString() + u'\n';
    text += headerLines(exchange.requestHeaders);
    const QString body = bodyText(exchange.requestBody);
    if (!body.isEmpty())
        text += u'\n' + body + u'\n';
    return text;
}

QString HttpLogModel::responseText(const HttpExchange &exchange)
{
    QString text;
    if (exchange.httpStatus > 0)
        text = tr("HTTP %1").arg(exchange.httpStatus) + u'\n';
    else
        text = tr("No HTTP answer") + u'\n';
    if (exchange.error)
        text += tr("Error: %1").arg(exchange.error->displayText()) + u'\n';
    text += headerLines(exchange.responseHeaders);
    const QString body = bodyText(exchange.responseBody);
    if (!body.isEmpty())
        text += u'\n' + body + u'\n';
    return text;
}

QVariant HttpLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HttpExchange &exchange = m_exchanges[size_t(index.row())];

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return exchange.startedAt.toLocalTime().toString(QStringLiteral("hh:mm:ss.zzz"));
        case MethodColumn:
            return QString::fromLatin1(exchange.method);
        case UrlColumn:
            return exchange.url.toString();
        case StatusColumn:
            return exchange.httpStatus > 0 ? QString::number(exchange.httpStatus) : QString();
        case DurationColumn:
            return tr("%1 ms", "HTTP request duration").arg(exchange.durationMs);
        case ErrorColumn:
            return exchange.error ? exchange.error->displayText() : QString();
        default:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn && exchange.error)
            return exchange.error->displayText();
        if (index.column() == UrlColumn)
            return exchange.url.toString();
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn || index.column() == DurationColumn)
            return QVariant(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return exchange.startedAt;
        case MethodColumn:
            return QString::fromLatin1(exchange.method);
        case UrlColumn:
            return exchange.url.toString();
        case StatusColumn:
            return exchange.httpStatus;
        case DurationColumn:
            return exchange.durationMs;
        case ErrorColumn:
            return exchange.error ? exchange.error->displayText() : QString();
        default:
            break;
        }
        return {};
    case ExchangeIdRole:
        return exchange.id;
    case HttpStatusRole:
        return exchange.httpStatus;
    case SucceededRole:
        return exchange.succeeded();
    case ErrorKindRole:
        return exchange.error ? QVariant::fromValue(exchange.error->kind()) : QVariant();
    case RequestTextRole:
        return requestText(exchange);
    case ResponseTextRole:
        return responseText(exchange);
    default:
        break;
    }
    return {};
}

HttpExchange HttpLogModel::exchangeAt(int row) const
{
    if (row < 0 || row >= int(m_exchanges.size()))
        return {};
    return m_exchanges[size_t(row)];
}

void HttpLogModel::append(const HttpExchange &exchange)
{
    appendRows(1, [&](qsizetype) { m_exchanges.push_back(exchange); });
}

void HttpLogModel::eraseOldestRows(int count)
{
    m_exchanges.erase(m_exchanges.begin(), m_exchanges.begin() + count);
}

void HttpLogModel::eraseAllRows()
{
    m_exchanges.clear();
}

} // namespace shuriken
