<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orderflow::console::ActionResultDialog</name>
    <message numerus="yes">
        <source>All %n order(s) done.</source>
        <translation>
            <numerusform>The order is done.</numerusform>
            <numerusform>All %n orders done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orderflow::console::ApproveCommand</name>
    <message numerus="yes">
        <source>Approving %n order(s)</source>
        <translation>
            <numerusform>Approving %n order</numerusform>
            <numerusform>Approving %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orderflow::console::DashboardView</name>
    <message numerus="yes">
        <source>%n failed push attempt(s) in the last hour</source>
        <translation>
            <numerusform>%n failed push attempt in the last hour</numerusform>
            <numerusform>%n failed push attempts in the last hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for a person: %n order(s)</source>
        <translation>
            <numerusform>Waiting for a person: %n order</numerusform>
            <numerusform>Waiting for a person: %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orderflow::console::ExportsView</name>
    <message numerus="yes">
        <source>The latest %n export(s), newest first.</source>
        <translation>
            <numerusform>The latest %n export, newest first.</numerusform>
            <numerusform>The latest %n exports, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledgement(s) overdue (highlighted).</source>
        <translation>
            <numerusform>%n acknowledgement overdue (highlighted).</numerusform>
            <numerusform>%n acknowledgements overdue (highlighted).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orderflow::console::InboundView</name>
    <message numerus="yes">
        <source>The latest %n received file(s), newest first.</source>
        <translation>
            <numerusform>The latest %n received file, newest first.</numerusform>
            <numerusform>The latest %n received files, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orderflow::console::MainWindow</name>
    <message numerus="yes">
        <source>%1: %n order(s)</source>
        <translation>
            <numerusform>%1: %n order</numerusform>
            <numerusform>%1: %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orderflow::console::OrderDetailPane</name>
    <message numerus="yes">
        <source>%n line(s), quantity %1, net %2 %3</source>
        <translation>
            <numerusform>%n line, quantity %1, net %2 %3</numerusform>
            <numerusform>%n lines, quantity %1, net %2 %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orderflow::console::PushLogView</name>
    <message numerus="yes">
        <source>The latest %n push attempt(s), newest first.</source>
        <translation>
            <numerusform>The latest %n push attempt, newest first.</numerusform>
            <numerusform>The latest %n push attempts, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orderflow::console::PushNowCommand</name>
    <message numerus="yes">
        <source>Pushing %n order(s)</source>
        <translation>
            <numerusform>Pushing %n order</numerusform>
            <numerusform>Pushing %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orderflow::console::QueueListModel</name>
    <message numerus="yes">
        <source>%1, %n orders, backing up</source>
        <translation>
            <numerusform>%1, %n order, backing up</numerusform>
            <numerusform>%1, %n orders, backing up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n orders</source>
        <translation>
            <numerusform>%1, %n order</numerusform>
            <numerusform>%1, %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orderflow::console::RejectCommand</name>
    <message numerus="yes">
        <source>Rejecting %n order(s)</source>
        <translation>
            <numerusform>Rejecting %n order</numerusform>
            <numerusform>Rejecting %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n order(s): %1. They will not be pushed.
Why? The reason goes into the audit trail.</source>
        <translation>
            <numerusform>Reject %n order: %1. It will not be pushed.
Why? The reason goes into the audit trail.</numerusform>
            <numerusform>Reject %n orders: %1. They will not be pushed.
Why? The reason goes into the audit trail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orderflow::console::RetryAllFailedCommand</name>
    <message numerus="yes">
        <source>Retry every failed order that the current filter shows (%n order(s))?</source>
        <translation>
            <numerusform>Retry every failed order that the current filter shows (%n order)?</numerusform>
            <numerusform>Retry every failed order that the current filter shows (%n orders)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orderflow::console::RetryCommand</name>
    <message numerus="yes">
        <source>Retrying %n order(s)</source>
        <translation>
            <numerusform>Retrying %n order</numerusform>
            <numerusform>Retrying %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orderflow::console::RevalidateCommand</name>
    <message numerus="yes">
        <source>Revalidating %n order(s)</source>
        <translation>
            <numerusform>Revalidating %n order</numerusform>
            <numerusform>Revalidating %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orderflow::console::SetupView</name>
    <message numerus="yes">
        <source>paused: circuit open after %n failure(s)</source>
        <translation>
            <numerusform>paused: circuit open after %n failure</numerusform>
            <numerusform>paused: circuit open after %n failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) deleted from the credential store.</source>
        <translation>
            <numerusform>%n secret deleted from the credential store.</numerusform>
            <numerusform>%n secrets deleted from the credential store.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orderflow::console::SourcePreviewWizardPage</name>
    <message numerus="yes">
        <source>%1: %n order(s), %2 of them invalid; %3 error(s) in the file.</source>
        <translation>
            <numerusform>%1: %n order, %2 of them invalid; %3 error(s) in the file.</numerusform>
            <numerusform>%1: %n orders, %2 of them invalid; %3 error(s) in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1: pick one to preview.</source>
        <translation>
            <numerusform>%n file in %1: pick one to preview.</numerusform>
            <numerusform>%n files in %1: pick one to preview.</numerusform>
        </translation>
    </message>
</context>
</TS>
