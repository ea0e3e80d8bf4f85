// A small dashboard: orders per state, pushes per minute over the last half hour, failures, and the oldest
// order still waiting for the pipeline.
#pragma once

#include "data/ConsoleTypes.h"

#include <QTimer>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace orderflow::console {

class ConsoleDataService;

class PushRateChart : public QWidget {
    Q_OBJECT
public:
    explicit PushRateChart(QWidget *parent = nullptr);
    void setValues(const QList<int> &perMinute);
    QSize sizeHint() const override { return {420, 120}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<int> m_values;
};

class DashboardView : public QWidget {
    Q_OBJECT
public:
    DashboardView(ConsoleDataService *data, QWidget *parent = nullptr);
    const DashboardStats &stats() const { return m_stats; }

public slots:
    void refresh();
    void refreshIfVisible();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void display(const DashboardStats &stats);

    ConsoleDataService *m_data;
    QHash<int, QLabel *> m_stateValues;
    QLabel *m_failures;
    QLabel *m_oldest;
    QLabel *m_rate;
    PushRateChart *m_chart;
    DashboardStats m_stats;
    QTimer m_timer;
    quint64 m_ticket = 0;
};

} // namespace orderflow::console
