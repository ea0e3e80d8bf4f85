// A bounded, newest-first table (push log, exports, inbound files) that refreshes itself while visible and
// merges each refresh in place. Subclasses say what to ask the data service and how rows look.
#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QHBoxLayout;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace orderflow::console {

class ConsoleDataService;
class RecordTableModel;

// How the console's record tables look and select (RecordView's, the Connections and Sources views'): whole rows,
// one at a time, read-only, alternating colours, no row numbers, no wrapping, the last column stretched.
void setUpRecordTable(QTableView *view);

class RecordView : public QWidget {
    Q_OBJECT
public:
    RecordView(ConsoleDataService *data, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    RecordTableModel *model() const { return m_model; }
    // The record id of the current row, or an invalid QVariant.
    QVariant currentId() const;
    void setLimit(int rows) { m_limit = rows; }

public slots:
    void refresh();
    // The change feed says this view's records changed: read them again if anyone can see them.
    void refreshIfVisible();

signals:
    void currentChanged();

protected:
    virtual quint64 sendRequest(int limit) = 0;
    virtual QString summary(int rows) const = 0;
    // Answer handling: subclasses call this from their data-service slot.
    bool acceptAnswer(quint64 ticket, const QString &error);
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    QHBoxLayout *buttonRow() const { return m_buttons; }
    ConsoleDataService *data() const { return m_data; }
    void updateSummary();

private:
    ConsoleDataService *m_data;
    RecordTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_summary;
    QToolButton *m_refresh;
    QHBoxLayout *m_buttons;
    QTimer m_timer;
    quint64 m_ticket = 0;
    int m_limit = 1000;
    bool m_fitted = false;
};

class PushLogView final : public RecordView {
    Q_OBJECT
public:
    PushLogView(ConsoleDataService *data, QWidget *parent = nullptr);
protected:
    quint64 sendRequest(int limit) override;
    QString summary(int rows) const override;
};

class ExportsView final : public RecordView {
    Q_OBJECT
public:
    ExportsView(ConsoleDataService *data, QWidget *parent = nullptr);
protected:
    quint64 sendRequest(int limit) override;
    QString summary(int rows) const override;
private:
    int m_overdue = 0;
};

class InboundView final : public RecordView {
    Q_OBJECT
public:
    InboundView(ConsoleDataService *data, QWidget *parent = nullptr);
    // The replay command's action goes next to the raw-view button.
    void addAction(QAction *action);
    qint64 currentInboundId() const;
    QString currentName() const;

signals:
    void rawFileRequested(qint64 inboundId, const QString &name);

protected:
    quint64 sendRequest(int limit) override;
    QString summary(int rows) const override;
private:
    QToolButton *m_raw;
};

} // namespace orderflow::console
