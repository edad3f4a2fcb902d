<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Rapport</name>
    <message numerus="yes">
        <source>Took part in the last %n days: %1</source>
        <translation>
            <numerusform>Took part in the last day: %1</numerusform>
            <numerusform>Took part in the last %n days: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Nothing was lost: %n change(s) wait in this store for the next sync.</source>
        <translation>
            <numerusform>%1 Nothing was lost: %n change waits in this store for the next sync.</numerusform>
            <numerusform>%1 Nothing was lost: %n changes wait in this store for the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n connection(s).</source>
        <translation>
            <numerusform>Accepted %n connection.</numerusform>
            <numerusform>Accepted %n connections.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RapportUi</name>
    <message numerus="yes">
        <source>Made on %1 by Rapport %2 (schema %3), %n rows in all.</source>
        <translation>
            <numerusform>Made on %1 by Rapport %2 (schema %3), %n row in all.</numerusform>
            <numerusform>Made on %1 by Rapport %2 (schema %3), %n rows in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took part in the last %n days</source>
        <translation>
            <numerusform>Took part in the last day</numerusform>
            <numerusform>Took part in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub cannot be reached. Nothing is lost: %n change(s) wait on this computer and go at the next sync.</source>
        <translation>
            <numerusform>The hub cannot be reached. Nothing is lost: %n change waits on this computer and goes at the next sync.</numerusform>
            <numerusform>The hub cannot be reached. Nothing is lost: %n changes wait on this computer and go at the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::AdminPanel</name>
    <message numerus="yes">
        <source>%n people in this store.</source>
        <translation>
            <numerusform>%n person in this store.</numerusform>
            <numerusform>%n people in this store.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientDashboard</name>
    <message numerus="yes">
        <source>%n days ago (%1)</source>
        <translation>
            <numerusform>%n day ago (%1)</numerusform>
            <numerusform>%n days ago (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your %n check-ins and surveys</source>
        <translation>
            <numerusform>your %n check-in or survey</numerusform>
            <numerusform>your %n check-ins and surveys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your connections with %n professionals</source>
        <translation>
            <numerusform>your connection with %n professional</numerusform>
            <numerusform>your connections with %n professionals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n professionals have been connected with you and wait for your answer. Until you accept, they see nothing of you.</source>
        <translation>
            <numerusform>%n professional has been connected with you and waits for your answer. Until you accept, they see nothing of you.</numerusform>
            <numerusform>%n professionals have been connected with you and wait for your answer. Until you accept, they see nothing of you.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientDetailPanel</name>
    <message numerus="yes">
        <source>%n days ago (%1)</source>
        <translation>
            <numerusform>%n day ago (%1)</numerusform>
            <numerusform>%n days ago (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::HrDashboard</name>
    <message numerus="yes">
        <source>Took part in the last %n days</source>
        <translation>
            <numerusform>Took part in the last day</numerusform>
            <numerusform>Took part in the last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::HrMonthlyChart</name>
    <message numerus="yes">
        <source>%n month(s) with too few responses are gaps in the line.</source>
        <translation>
            <numerusform>%n month with too few responses is a gap in the line.</numerusform>
            <numerusform>%n months with too few responses are gaps in the line.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::HubPasswordWizardPage</name>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::PreferencesDialog</name>
    <message numerus="yes">
        <source>After %n minutes without use</source>
        <translation>
            <numerusform>After %n minute without use</numerusform>
            <numerusform>After %n minutes without use</numerusform>
        </translation>
    </message>
</context>
</TS>
