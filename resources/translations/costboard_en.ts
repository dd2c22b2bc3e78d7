<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>costboard::ui::AlertBanner</name>
    <message numerus="yes">
        <source>%n critical</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::CostLineDialog</name>
    <message numerus="yes">
        <source>Not an amount in %1: use digits and at most %n decimals.</source>
        <translation>
            <numerusform>Not an amount in %1: use digits and at most %n decimal.</numerusform>
            <numerusform>Not an amount in %1: use digits and at most %n decimals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::CostLinesPage</name>
    <message numerus="yes">
        <source>%Ln lines</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected projects</source>
        <translation>
            <numerusform>%n selected project</numerusform>
            <numerusform>%n selected projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected categories</source>
        <translation>
            <numerusform>%n selected category</numerusform>
            <numerusform>%n selected categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln without exchange rate, not in the total)</source>
        <translation>
            <numerusform>(%Ln without exchange rate, not in the total)</numerusform>
            <numerusform>(%Ln without exchange rate, not in the total)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines totalling %1</source>
        <translation>
            <numerusform>%Ln line totalling %1</numerusform>
            <numerusform>%Ln lines totalling %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln cost lines?</source>
        <translation>
            <numerusform>Delete this cost line?</numerusform>
            <numerusform>Delete these %Ln cost lines?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::DashboardFilterBar</name>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>%n category</numerusform>
            <numerusform>%n categories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::DashboardPage</name>
    <message numerus="yes">
        <source>%n cost line(s) in a currency without an exchange rate are left out of the totals: add the missing rate to count them.</source>
        <translation>
            <numerusform>%n cost line in a currency without an exchange rate is left out of the totals: add the missing rate to count it.</numerusform>
            <numerusform>%n cost lines in a currency without an exchange rate are left out of the totals: add the missing rate to count them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::FxRatesPage</name>
    <message numerus="yes">
        <source>%n line(s) in %1</source>
        <translation>
            <numerusform>%n line in %1</numerusform>
            <numerusform>%n lines in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n new cost alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
