#include "site_details_widget.h"
#include "site_filter.h"
#include "site_filter_proxy.h"
#include "site_list_widget.h"
#include "site_selection.h"
#include "site_table_model.h"
#include "test_sites.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace fluxlens;

class TestSiteList : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void modelsPassTheTester();
    void modelShowsSites();
    void tableSelectionUpdatesSharedSelection();
    void sharedSelectionUpdatesTable();
    void textFilterNarrowsTable();
    void detailsFollowCurrentSite();
    void selectionSignalsOnlyOnChange();
};

void TestSiteList::modelsPassTheTester() {
    SiteTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSites(test::sampleSites());
    SiteFilter filter;
    SiteFilterProxy proxy(&filter);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setKoppenClasses({KoppenClass::Cfb});
    QCOMPARE(proxy.rowCount(), 1);
    model.setSites({});
    QCOMPARE(proxy.rowCount(), 0);
}

void TestSiteList::modelShowsSites() {
    SiteTableModel model;
    model.setSites(test::sampleSites());
    QCOMPARE(model.rowCount(), 10);
    const int row = model.rowOf(QStringLiteral("DE-Hai"));
    QCOMPARE(model.index(row, SiteTableModel::Koppen).data().toString(), QStringLiteral("Cfb"));
    QCOMPARE(model.index(row, SiteTableModel::Igbp).data().toString(), QStringLiteral("DBF"));
    QCOMPARE(model.index(row, SiteTableModel::Latitude).data().toString(),
             QStringLiteral("51.080"));
    QCOMPARE(model.index(row, SiteTableModel::Latitude).data(SiteTableModel::SortRole).toDouble(),
             51.08);
    QCOMPARE(model.rowOf(QStringLiteral("XX-Nope")), -1);
}

void TestSiteList::tableSelectionUpdatesSharedSelection() {
    SiteTableModel model;
    model.setSites(test::sampleSites());
    SiteFilter filter;
    SiteSelection selection;
    SiteListWidget list(&model, &filter, &selection);
    QTableView* table = list.table();
    const QModelIndex first = table->model()->index(0, 0);
    table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    QCOMPARE(selection.selectedIds().size(), 1);
    QCOMPARE(selection.currentId(), first.data(SiteTableModel::SiteIdRole).toString());
}

void TestSiteList::sharedSelectionUpdatesTable() {
    SiteTableModel model;
    model.setSites(test::sampleSites());
    SiteFilter filter;
    SiteSelection selection;
    SiteListWidget list(&model, &filter, &selection);
    selection.setSelection({QStringLiteral("US-Var"), QStringLiteral("AU-How")});
    const auto rows = list.table()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 2);
    QSet<QString> ids;
    for (const auto& r : rows)
        ids.insert(r.data(SiteTableModel::SiteIdRole).toString());
    QCOMPARE(ids, selection.selectedIds());
}

void TestSiteList::textFilterNarrowsTable() {
    SiteTableModel model;
    model.setSites(test::sampleSites());
    SiteFilter filter;
    SiteSelection selection;
    SiteListWidget list(&model, &filter, &selection);
    QTest::keyClicks(list.searchField(), QStringLiteral("us-"));
    QCOMPARE(filter.text(), QStringLiteral("us-"));
    QCOMPARE(list.table()->model()->rowCount(), 2);
    filter.reset();
    QCOMPARE(list.searchField()->text(), QString());
    QCOMPARE(list.table()->model()->rowCount(), 10);
}

void TestSiteList::detailsFollowCurrentSite() {
    SiteTableModel model;
    model.setSites(test::sampleSites());
    SiteSelection selection;
    SiteDetailsWidget details(&model, &selection);
    selection.select(QStringLiteral("FI-Hyy"));
    QCOMPARE(details.shownSiteId(), QStringLiteral("FI-Hyy"));
    QVERIFY(details.text().contains(QStringLiteral("Dfc")));
    QVERIFY(details.text().contains(QStringLiteral("Evergreen needleleaf forests")));
    QVERIFY(details.text().contains(QStringLiteral("61.85")));
    selection.clear();
    QVERIFY(details.shownSiteId().isEmpty());
}

void TestSiteList::selectionSignalsOnlyOnChange() {
    SiteSelection selection;
    QSignalSpy changed(&selection, &SiteSelection::selectionChanged);
    selection.select(QStringLiteral("A"));
    selection.select(QStringLiteral("A"));
    QCOMPARE(changed.count(), 1);
    selection.toggle(QStringLiteral("B"));
    QCOMPARE(selection.currentId(), QStringLiteral("B"));
    selection.toggle(QStringLiteral("B"));
    QCOMPARE(selection.currentId(), QStringLiteral("A"));
    QCOMPARE(changed.count(), 3);
}

QTEST_MAIN(TestSiteList)
#include "tst_site_list.moc"
