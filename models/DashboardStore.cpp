#include "DashboardStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QUuid>

namespace outflow {

namespace {
QMutex g_mutex; // read-modify-write of the setting within this process

Result<QList<ChartSpec>> loadLocked(Catalog &catalog)
{
    using R = Result<QList<ChartSpec>>;
    auto text = catalog.setting(QString::fromLatin1(DashboardStore::kSettingKey));
    if (!text) return R::fail(text.error());
    QList<ChartSpec> charts;
    if (text.value().isEmpty()) return R::ok(charts);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.value().toUtf8(), &error);
    if (!doc.isArray())
        return R::fail(QStringLiteral("the dashboard stored in %1 is not a JSON array (%2)").arg(catalog.path(), error.errorString()));
    for (const QJsonValue &v : doc.array())
        if (auto spec = ChartSpec::fromJson(v.toObject())) charts << *spec;
    return R::ok(charts);
}

Status saveLocked(Catalog &catalog, const QList<ChartSpec> &charts)
{
    QJsonArray array;
    for (const ChartSpec &c : charts) array << c.toJson();
    return catalog.setSetting(QString::fromLatin1(DashboardStore::kSettingKey),
                              QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}
} // namespace

Result<QList<ChartSpec>> DashboardStore::load(Catalog &catalog)
{
    QMutexLocker lock(&g_mutex);
    return loadLocked(catalog);
}

Status DashboardStore::save(Catalog &catalog, const QList<ChartSpec> &charts)
{
    QMutexLocker lock(&g_mutex);
    return saveLocked(catalog, charts);
}

Status DashboardStore::append(Catalog &catalog, ChartSpec chart)
{
    QMutexLocker lock(&g_mutex);
    auto charts = loadLocked(catalog);
    if (!charts) return Status::fail(charts.error());
    chart.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    charts.value() << chart;
    return saveLocked(catalog, charts.value());
}

} // namespace outflow
