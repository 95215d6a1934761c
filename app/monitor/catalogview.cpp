#include "catalogview.h"

#include "catalogfilterproxymodel.h"
#include "streamcatalogmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace shuriken {

namespace {

int countStreams(const QAbstractItemModel *model)
{
    int streams = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        streams += model->rowCount(model->index(row, 0));
    return streams;
}

} // namespace

CatalogView::CatalogView(StreamCatalogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("catalogView"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);
    auto *catalogPage = new QWidget(m_pages);
    m_pages->addWidget(catalogPage);
    auto *layout = new QVBoxLayout(catalogPage);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *directPage = new QWidget(m_pages);
    directPage->setObjectName(QStringLiteral("catalogDirectPage"));
    auto *directLayout = new QVBoxLayout(directPage);
    auto *directText = new QLabel(tr("No catalog on a Pusher server: subscribe to a channel by name."), directPage);
    directText->setWordWrap(true);
    directText->setAlignment(Qt::AlignCenter);
    m_channelButton = new QPushButton(tr("Subscribe to &Channel…"), directPage);
    m_channelButton->setObjectName(QStringLiteral("catalogChannelButton"));
    directLayout->addStretch(1);
    directLayout->addWidget(directText);
    directLayout->addWidget(m_channelButton, 0, Qt::AlignHCenter);
    directLayout->addStretch(2);
    m_pages->addWidget(directPage);
    connect(m_channelButton, &QPushButton::clicked, this, &CatalogView::channelSubscribeRequested);

    m_search = new QLineEdit(catalogPage);
    m_search->setObjectName(QStringLiteral("catalogSearch"));
    m_search->setPlaceholderText(tr("Search streams (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    layout->addWidget(m_search);

    m_proxy = new CatalogFilterProxyModel(this);
    m_proxy->setSourceModel(model);

    auto *splitter = new QSplitter(Qt::Vertical, catalogPage);
    m_tree = new QTreeView(splitter);
    m_tree->setObjectName(QStringLiteral("catalogTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->installEventFilter(this);
    // The dock is narrow: event and description are in the details pane below.
    m_tree->setColumnHidden(StreamCatalogModel::EventColumn, true);
    m_tree->setColumnHidden(StreamCatalogModel::DescriptionColumn, true);
    m_tree->header()->setSectionResizeMode(StreamCatalogModel::IdColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(QStringLiteral("catalogDetails"));
    m_details->setOpenLinks(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *bottom = new QHBoxLayout;
    m_count = new QLabel(catalogPage);
    bottom->addWidget(m_count, 1);
    m_subscribe = new QPushButton(tr("&Subscribe…"), catalogPage);
    m_subscribe->setObjectName(QStringLiteral("catalogSubscribe"));
    m_subscribe->setToolTip(tr("Subscribe to the selected stream"));
    bottom->addWidget(m_subscribe);
    layout->addLayout(bottom);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        m_tree->expandAll();
        updateCount();
    });
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_proxy->mapToSource(index).parent().isValid())
            requestSubscribe();
        else
            m_tree->setExpanded(index.siblingAtColumn(0), !m_tree->isExpanded(index.siblingAtColumn(0)));
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &CatalogView::updateDetails);
    connect(m_subscribe, &QPushButton::clicked, this, &CatalogView::requestSubscribe);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        updateCount();
        updateDetails();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CatalogView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CatalogView::updateCount);

    m_tree->expandAll();
    updateCount();
    updateDetails();
}

CatalogView::~CatalogView() = default;

const StreamDescriptor *CatalogView::currentStream() const
{
    return m_model->descriptor(m_proxy->mapToSource(m_tree->currentIndex()));
}

bool CatalogView::selectStream(const QString &streamId)
{
    const QModelIndex source = m_model->indexOfStream(streamId);
    if (!source.isValid())
        return false;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        m_search->clear();
        index = m_proxy->mapFromSource(source);
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void CatalogView::setDirectMode(bool direct)
{
    m_pages->setCurrentIndex(direct ? 1 : 0);
}

bool CatalogView::isDirectMode() const
{
    return m_pages->currentIndex() == 1;
}

void CatalogView::focusSearch()
{
    if (isDirectMode()) {
        m_channelButton->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool CatalogView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return)) {
            // From the search box straight into the results, as in a launcher.
            m_tree->setFocus();
            if (!currentStream()) {
                const QModelIndex first = m_proxy->index(0, 0);
                m_tree->setCurrentIndex(m_proxy->rowCount(first) > 0 ? m_proxy->index(0, 0, first) : first);
            }
            return true;
        }
        if (watched == m_tree && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && currentStream()) {
            requestSubscribe();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CatalogView::requestSubscribe()
{
    if (const StreamDescriptor *stream = currentStream())
        Q_EMIT subscribeRequested(*stream);
}

void CatalogView::updateCount()
{
    const int total = countStreams(m_model);
    const int shown = countStreams(m_proxy);
    if (m_search->text().isEmpty())
        m_count->setText(tr("%n stream(s)", nullptr, total));
    else
        m_count->setText(tr("%1 of %n stream(s)", nullptr, total).arg(shown));
}

void CatalogView::updateDetails()
{
    const StreamDescriptor *stream = currentStream();
    m_subscribe->setEnabled(stream != nullptr);
    const QString source = m_model->isBuiltIn() ? tr("Catalog: built in (the server did not provide one)")
                                                : tr("Catalog: from the server");
    if (!stream) {
        m_details->setHtml(QStringLiteral("<p>%1</p><p><i>%2</i></p>")
                               .arg(tr("Select a stream to see its filters and payload schema.").toHtmlEscaped(),
                                    source.toHtmlEscaped()));
        return;
    }
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(stream->id.toHtmlEscaped());
    if (!stream->description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(stream->description.toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='2'>");
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Visibility"), StreamCatalogModel::visibilityText(stream->visibility));
    row(tr("Event"), stream->event);
    row(tr("Payload"), stream->payloadFormat);
    row(tr("Schema id"), stream->payloadSchemaId);
    html += QStringLiteral("</table>");
    if (stream->filters.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No filters.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Filters").toHtmlEscaped());
        for (const auto &filter : stream->filters) {
            const QString requirement = filter.required ? tr("required") : tr("optional");
            html += QStringLiteral("<li><code>%1</code> (%2)")
                        .arg(filter.name.toHtmlEscaped(), requirement.toHtmlEscaped());
            if (!filter.description.isEmpty())
                html += QStringLiteral(" — %1").arg(filter.description.toHtmlEscaped());
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    if (stream->visibility != Visibility::Public)
        html += QStringLiteral("<p>%1</p>").arg(tr("Needs channel authorization with your API key.").toHtmlEscaped());
    html += QStringLiteral("<p><i>%1</i></p>").arg(source.toHtmlEscaped());
    m_details->setHtml(html);
}

} // namespace shuriken
