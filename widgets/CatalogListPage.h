#pragma once

#include "FutureWatch.h"
#include "catalog/Catalog.h"

#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

class QAbstractItemModel;
class QPushButton;
class QSortFilterProxyModel;
class QVBoxLayout;

namespace outflow {

class ErrorBanner;
class ListTableView;
class PlaceholderStack;

/// The frame the Kafka Clusters and Warehouses pages share: title, an Add / Edit / Remove /
/// Test toolbar, an error banner for loading, a banner for the result of actions, and a sorted
/// table that shows a placeholder while loading or empty. Loading and removing go through the
/// catalog off the GUI thread; subclasses add the typed parts (model, editor, test).
class CatalogListPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogListPage)

public:
    /// Visible texts and object names of one page.
    struct Texts
    {
        QString title;
        QString objectName; // the page; its children are named from `noun`
        QString noun;       // "Cluster" → addClusterButton, clusterTable, …
        QString addLabel;
        QString testLabel;
        QString testObjectName;
        QString testToolTip;
        QString loading;
        QString empty;
        QString loadFailed;
    };

public Q_SLOTS:
    virtual void reload() = 0;

protected:
    CatalogListPage(std::shared_ptr<Catalog> catalog, QAbstractItemModel *model, const Texts &texts, QWidget *parent);

    /// Loads a list from the catalog into `model` (which has `setItems(QList<Item>)`); a slower
    /// earlier load never overwrites a later one.
    template <typename Item, typename Model>
    void loadItems(Model *model, std::function<Result<QList<Item>>(Catalog &)> load)
    {
        const quint64 serial = ++m_loadSerial;
        FutureWatch::onReady(this, QtConcurrent::run([catalog = m_catalog, load] { return load(*catalog); }),
                             [this, model, serial](const Result<QList<Item>> &result) {
                                 if (serial != m_loadSerial) return;
                                 if (result.isOk()) model->setItems(result.value());
                                 applyLoadResult(result.isOk() ? QString() : result.error());
                             });
    }

    /// The selected row of the source model, or -1.
    int selectedRow() const;
    /// Asks to confirm, then runs `remove` on the catalog off the GUI thread and shows its result.
    void confirmRemoval(const QString &title, const QString &question, const QString &doneText,
                        std::function<Status(Catalog &)> remove);
    /// One test at a time: a second click would only race the first for the result.
    void setTesting(bool testing);
    bool testing() const { return m_testing; }
    virtual void openEditor(bool editSelected) = 0;
    virtual void removeSelected() = 0;
    virtual void testSelected() = 0;

    const std::shared_ptr<Catalog> &catalog() const { return m_catalog; }
    QAbstractItemModel *sourceModel() const { return m_model; }
    ListTableView *view() const { return m_view; }
    ErrorBanner *actionResult() const { return m_actionResult; }
    QVBoxLayout *pageLayout() const { return m_layout; }

private:
    void applyLoadResult(const QString &error);
    void updateButtons();

    std::shared_ptr<Catalog> m_catalog;
    Texts m_texts;
    QAbstractItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    ListTableView *m_view;
    PlaceholderStack *m_stack;
    ErrorBanner *m_error;
    ErrorBanner *m_actionResult;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    QPushButton *m_testButton;
    QVBoxLayout *m_layout;
    quint64 m_loadSerial = 0;
    bool m_testing = false;
};

} // namespace outflow
