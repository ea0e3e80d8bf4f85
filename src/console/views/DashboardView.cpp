#include "views/DashboardView.h"

#include "data/ConsoleDataService.h"
#include "models/DisplayFormat.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace orderflow::console {

PushRateChart::PushRateChart(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(90);
    setToolTip(tr("Push attempts per minute, the last 30 minutes (right is now)"));
}

void PushRateChart::setValues(const QList<int> &perMinute)
{
    m_values = perMinute;
    update();
}

void PushRateChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRect area = rect().adjusted(4, 4, -4, -16);
    p.fillRect(rect(), palette().base());
    p.setPen(palette().mid().color());
    p.drawLine(area.bottomLeft(), area.bottomRight());
    if (m_values.isEmpty())
        return;
    const int max = qMax(1, *std::max_element(m_values.cbegin(), m_values.cend()));
    const double barWidth = double(area.width()) / m_values.size();
    p.setPen(Qt::NoPen);
    p.setBrush(palette().highlight());
    for (int i = 0; i < m_values.size(); ++i) {
        const int h = int(double(area.height()) * m_values.at(i) / max);
        p.drawRect(QRectF(area.left() + i * barWidth + 1, area.bottom() - h, qMax(1.0, barWidth - 2), h));
    }
    p.setPen(palette().text().color());
    p.drawText(rect().adjusted(4, 0, -4, 0), Qt::AlignBottom | Qt::AlignLeft, tr("30 min ago"));
    p.drawText(rect().adjusted(4, 0, -4, 0), Qt::AlignBottom | Qt::AlignRight, tr("now · max %1/min").arg(max));
}

DashboardView::DashboardView(ConsoleDataService *data, QWidget *parent)
    : QWidget(parent), m_data(data), m_failures(new QLabel(this)), m_oldest(new QLabel(this)), m_rate(new QLabel(this)),
      m_chart(new PushRateChart(this))
{
    auto *states = new QGroupBox(tr("Orders per state"), this);
    auto *grid = new QGridLayout(states);
    int i = 0;
    for (OrderState st : kAllOrderStates) {
        auto *icon = new QLabel(states);
        icon->setPixmap(DisplayFormat::stateIcon(st).pixmap(16, 16));
        auto *name = new QLabel(DisplayFormat::stateTitle(st), states);
        name->setToolTip(DisplayFormat::stateDescription(st));
        auto *value = new QLabel(QStringLiteral("–"), states);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setObjectName(QStringLiteral("count_") + stateName(st));
        const int row = i % 6, col = (i / 6) * 3;
        grid->addWidget(icon, row, col);
        grid->addWidget(name, row, col + 1);
        grid->addWidget(value, row, col + 2);
        m_stateValues.insert(int(st), value);
        ++i;
    }
    grid->setColumnStretch(2, 1);
    grid->setColumnStretch(5, 1);

    auto *flow = new QGroupBox(tr("Delivery"), this);
    auto *flowLayout = new QVBoxLayout(flow);
    m_rate->setObjectName(QStringLiteral("pushRate"));
    m_failures->setObjectName(QStringLiteral("failures"));
    m_oldest->setObjectName(QStringLiteral("oldestWaiting"));
    flowLayout->addWidget(m_rate);
    flowLayout->addWidget(m_chart);
    flowLayout->addWidget(m_failures);
    flowLayout->addWidget(m_oldest);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(states);
    layout->addWidget(flow);
    layout->addStretch();

    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &DashboardView::refresh);
    connect(m_data, &ConsoleDataService::dashboardReady, this, [this](quint64 ticket, const DashboardStats &stats) {
        if (ticket == 0 || ticket != m_ticket)
            return;
        m_ticket = 0;
        display(stats);
    });
}

void DashboardView::refresh()
{
    if (!m_ticket && m_data->isReady())
        m_ticket = m_data->requestDashboard();
}

void DashboardView::refreshIfVisible()
{
    if (isVisible())
        refresh();
}

void DashboardView::display(const DashboardStats &stats)
{
    m_stats = stats;
    for (auto it = m_stateValues.cbegin(); it != m_stateValues.cend(); ++it)
        it.value()->setText(QLocale().toString(stats.ordersByState.value(it.key())));
    const int lastMinute = stats.pushesPerMinute.isEmpty() ? 0 : stats.pushesPerMinute.constLast();
    int total = 0;
    for (int v : stats.pushesPerMinute)
        total += v;
    m_rate->setText(tr("Pushes: %1 in the last minute, %2 in the last 30 minutes").arg(lastMinute).arg(total));
    m_chart->setValues(stats.pushesPerMinute);
    QStringList waiting;
    for (OrderState st : kAllOrderStates) {
        if (waitsForPerson(st) && stats.ordersByState.value(int(st)) > 0)
            waiting << QStringLiteral("%1 %2").arg(QLocale().toString(stats.ordersByState.value(int(st))), DisplayFormat::stateTitle(st));
    }
    m_failures->setText(tr("Waiting for a person: %n order(s)", nullptr, stats.waitingForPerson)
                        + (waiting.isEmpty() ? QString() : QStringLiteral(" (") + waiting.join(QStringLiteral(", ")) + QLatin1Char(')'))
                        + QStringLiteral("; ") + tr("%n failed push attempt(s) in the last hour", nullptr, stats.failedPushesLastHour));
    if (stats.oldestWaitingAt.isEmpty() && stats.waitingForPerson == 0) {
        m_oldest->setText(tr("Oldest waiting order: none — the pipeline is clear"));
    } else {
        const auto state = stateFromName(stats.oldestWaitingState);
        m_oldest->setText(tr("Oldest waiting order: %1 in %2").arg(DisplayFormat::ageSince(stats.oldestWaitingAt),
                                                                    state ? DisplayFormat::stateTitle(*state) : stats.oldestWaitingState));
    }
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer.start();
}

void DashboardView::hideEvent(QHideEvent *event)
{
    m_timer.stop();
    QWidget::hideEvent(event);
}

} // namespace orderflow::console
