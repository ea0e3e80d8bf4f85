#include "demo/OrderGenerator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace orderflow {
namespace {

struct Customer {
    const char *name;
    const char *id;
    const char *street;
    const char *city;
    const char *postalCode;
    const char *country;
    const char *currency;
};

constexpr Customer kCustomers[] = {
    {"ACME Corp", "4405197800", "1 Industrial Way", "Springfield", "62701", "US", "USD"},
    {"Initech", "4405197811", "4120 Freidrich Lane", "Austin", "78744", "US", "USD"},
    {"Globex Retail", "4405197822", "22 Cypress Creek", "Cypress Creek", "33073", "US", "USD"},
    {"Müller Handel GmbH", "4012345000", "Hauptstraße 12", "Köln", "50667", "DE", "EUR"},
    {"Nordlicht AB", "7350012345", "Storgatan 5", "Göteborg", "41103", "SE", "EUR"},
};

struct Product {
    const char *sku;
    const char *description;
    int priceCents;
};

constexpr Product kProducts[] = {
    {"P001", "Widget, blue", 1000},   {"P002", "Gear box 40:1", 24999}, {"P003", "Hex bolt M8 x 40", 425},
    {"P004", "Washer M8", 110},       {"P005", "Bearing 6204-2RS", 7500}, {"P006", "Drive belt XPZ 1250", 1890},
    {"P007", "Cable tie 200 mm", 15}, {"P008", "Shaft coupling 19/24", 3260}, {"P009", "O-ring 20 x 2", 35},
    {"P010", "Motor mount", 12990},
};

QString cents(int c)
{
    return QStringLiteral("%1.%2").arg(c / 100).arg(c % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

QJsonObject OrderGenerator::order(int index) const
{
    // One generator per order, seeded from (seed, index): any order can be made alone, in any order.
    const quint32 seeds[] = {m_seed, quint32(index), 0x0f10u};
    QRandomGenerator rng(seeds, seeds + std::size(seeds));
    const Customer &c = kCustomers[rng.bounded(int(std::size(kCustomers)))];
    QJsonArray items;
    const int lines = 1 + rng.bounded(5);
    for (int i = 0; i < lines; ++i) {
        const Product &p = kProducts[rng.bounded(int(std::size(kProducts)))];
        items.append(QJsonObject{{QStringLiteral("sku"), QString::fromLatin1(p.sku)},
                                 {QStringLiteral("description"), QString::fromUtf8(p.description)},
                                 {QStringLiteral("quantity"), 1 + rng.bounded(48)},
                                 {QStringLiteral("unit_price"), cents(p.priceCents)}});
    }
    const QDateTime base(QDate(2025, 1, 6), QTime(8, 0), Qt::UTC);
    const QDateTime submitted = base.addSecs(qint64(index) * 97 + rng.bounded(60));
    const QJsonObject address{{QStringLiteral("name"), QString::fromUtf8(c.name)}, {QStringLiteral("street"), QString::fromUtf8(c.street)},
                              {QStringLiteral("city"), QString::fromUtf8(c.city)}, {QStringLiteral("postal_code"), QString::fromLatin1(c.postalCode)},
                              {QStringLiteral("country"), QString::fromLatin1(c.country)}};
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("PO-%1-%2").arg(m_seed).arg(index + 1, 6, 10, QLatin1Char('0'))},
                       {QStringLiteral("customer"), QString::fromUtf8(c.name)},
                       {QStringLiteral("customer_id"), QString::fromLatin1(c.id)},
                       {QStringLiteral("currency"), QString::fromLatin1(c.currency)},
                       {QStringLiteral("ship_to"), address},
                       {QStringLiteral("items"), items},
                       {QStringLiteral("submitted_at"), submitted.toString(Qt::ISODate)}};
}

QByteArray OrderGenerator::orderJson(int index) const
{
    return QJsonDocument(order(index)).toJson(QJsonDocument::Indented);
}

} // namespace orderflow
