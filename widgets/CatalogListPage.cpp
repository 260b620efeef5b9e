#include "CatalogListPage.h"

#include "Confirmation.h"
#include "ErrorBanner.h"
#include "ListTableView.h"
#include "PageTitle.h"
#include "PlaceholderStack.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace outflow {

CatalogListPage::CatalogListPage(std::shared_ptr<Catalog> catalog, QAbstractItemModel *model, const Texts &texts, QWidget *parent)
    : QWidget(parent),
      m_catalog(std::move(catalog)),
      m_texts(texts),
      m_model(model),
      m_proxy(new QSortFilterProxyModel(this)),
      m_view(new ListTableView(this)),
      m_stack(new PlaceholderStack(m_view, this)),
      m_error(new ErrorBanner(this)),
      m_actionResult(new ErrorBanner(this)),
      m_editButton(new QPushButton(tr("Edit"), this)),
      m_removeButton(new QPushButton(tr("Remove"), this)),
      m_testButton(new QPushButton(texts.testLabel, this)),
      m_layout(new QVBoxLayout(this))
{
    setObjectName(texts.objectName);
    m_model->setParent(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(texts.noun.toLower() + QStringLiteral("Table"));
    m_view->setModel(m_proxy);
    m_view->sortByColumn(0, Qt::AscendingOrder);

    auto *addButton = new QPushButton(texts.addLabel, this);
    addButton->setObjectName(QStringLiteral("add%1Button").arg(texts.noun));
    m_editButton->setObjectName(QStringLiteral("edit%1Button").arg(texts.noun));
    m_removeButton->setObjectName(QStringLiteral("remove%1Button").arg(texts.noun));
    m_testButton->setObjectName(texts.testObjectName);
    m_testButton->setToolTip(texts.testToolTip);
    m_actionResult->setObjectName(QStringLiteral("actionResult"));
    connect(addButton, &QPushButton::clicked, this, [this] { openEditor(false); });
    connect(m_editButton, &QPushButton::clicked, this, [this] { openEditor(true); });
    connect(m_view, &QAbstractItemView::activated, this, [this] { openEditor(true); });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (selectedRow() >= 0) removeSelected();
    });
    connect(m_testButton, &QPushButton::clicked, this, [this] {
        if (selectedRow() >= 0 && !m_testing) testSelected();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CatalogListPage::updateButtons);

    auto *toolbar = new QHBoxLayout;
    for (QPushButton *b : {addButton, m_editButton, m_removeButton, m_testButton}) toolbar->addWidget(b);
    toolbar->addStretch(1);
    m_layout->addWidget(new PageTitle(texts.title, this));
    m_layout->addLayout(toolbar);
    m_layout->addWidget(m_error);
    m_layout->addWidget(m_actionResult);
    m_layout->addWidget(m_stack, 1);

    m_stack->showPlaceholder(texts.loading);
    updateButtons();
}

void CatalogListPage::applyLoadResult(const QString &error)
{
    if (error.isEmpty()) m_error->clearError();
    else m_error->showError(error);
    if (m_model->rowCount() > 0) m_stack->showContent();
    else m_stack->showPlaceholder(error.isEmpty() ? m_texts.empty : m_texts.loadFailed);
    updateButtons();
}

int CatalogListPage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void CatalogListPage::confirmRemoval(const QString &title, const QString &question, const QString &doneText,
                                     std::function<Status(Catalog &)> remove)
{
    Confirmation::ask(this, title, question, tr("Remove"), true, [this, doneText, remove] {
        FutureWatch::onReady(this, QtConcurrent::run([catalog = m_catalog, remove] { return remove(*catalog); }),
                             [this, doneText](const Status &status) {
                                 if (status) m_actionResult->showInfo(doneText);
                                 else m_actionResult->showError(status.error());
                                 reload();
                             });
    });
}

void CatalogListPage::setTesting(bool testing)
{
    m_testing = testing;
    updateButtons();
}

void CatalogListPage::updateButtons()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
    m_testButton->setEnabled(selected && !m_testing);
}

} // namespace outflow
