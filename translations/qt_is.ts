<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt ships no Icelandic translation of its own texts; these are the ones Rapport shows (standard buttons,
     the wizard, text-field menus, file dialogs). Loaded only when qtbase_is.qm is not on the system. -->
<TS version="2.1" language="is_IS" sourcelanguage="en">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Í lagi</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Já</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjálp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Opna</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hætta við</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Virkja</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Loka</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Endurstilla</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reyna aftur</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Sjálfgefnar stillingar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hætta við</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Hunsa</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei við öllu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Vista allt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Henda</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Já við ö&amp;llu</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Í lagi</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Vista</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Loka</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Loka án þess að vista</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hætta við</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>Í lagi</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>Done</source>
        <translation>Lokið</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjálp</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjálp</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Á&amp;fram</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hætta við</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Staðfesta</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Halda áfram</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Ljúka</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Á&amp;fram &gt;</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Til baka</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Til baka</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Sýna nánar...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Fela nánar...</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;lippa</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Afrita</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Endurgera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Afturkalla</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Líma</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eyða</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Velja allt</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;lippa</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Afrita</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Endurgera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Afturkalla</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Líma</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eyða</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Velja allt</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Afrita &amp;slóð tengils</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Lækka</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Hækka</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Velja allt</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Opna</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Vista</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Opna</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Vista sem</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Skráar&amp;heiti:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Leita í:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Skráagerð:</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ný mappa</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Ný mappa</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Búa til nýja möppu</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Til baka</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Áfram</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Yfirmappa</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listasýn</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Nákvæm sýn</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Mappa:</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Velja</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Allar skrár (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Allar skrár (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 er þegar til.
Viltu skipta henni út?</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Finna möppu</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nýlegir staðir</translation>
    </message>
</context>
</TS>
