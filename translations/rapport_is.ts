<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="is_IS" sourcelanguage="en">
<context>
    <name>ClientDataExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Ekki er hægt að skrifa %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>Ekki tókst að vista %1: %2</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Wellbeing Score</source>
        <translation>Vellíðunarskor</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Spurningalisti</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Fagaðili</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Niðurstaða</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Breyting</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Deilt</translation>
    </message>
    <message>
        <source>Not Sharing</source>
        <translation>Ekki deilt</translation>
    </message>
    <message>
        <source>↑ improving</source>
        <translation>↑ batnar</translation>
    </message>
    <message>
        <source>→ stable</source>
        <translation>→ stöðugt</translation>
    </message>
    <message>
        <source>↓ declining</source>
        <translation>↓ versnar</translation>
    </message>
    <message>
        <source>not enough results yet</source>
        <translation>ekki nægar niðurstöður enn</translation>
    </message>
    <message>
        <source>Rapport report for %1</source>
        <translation>Rapport-skýrsla fyrir %1</translation>
    </message>
    <message>
        <source>Exported %1. Private: this report holds your own scores and answers.</source>
        <translation>Flutt út %1. Trúnaðarmál: þessi skýrsla geymir þín eigin skor og svör.</translation>
    </message>
    <message>
        <source>Current scores</source>
        <translation>Núverandi skor</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Nýjast</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Þróun</translation>
    </message>
    <message>
        <source>Last completed</source>
        <translation>Síðast svarað</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>not available yet</source>
        <translation>ekki tiltækt enn</translation>
    </message>
    <message>
        <source>Professional Alliance with %1</source>
        <translation>Samstarf við fagaðila: %1</translation>
    </message>
    <message>
        <source>Professional Alliance with %1 (no longer connected)</source>
        <translation>Samstarf við fagaðila: %1 (ekki lengur tengd)</translation>
    </message>
    <message>
        <source>%1 on a scale from %2 to %3</source>
        <translation>%1 á kvarðanum %2 til %3</translation>
    </message>
    <message>
        <source>Sharing with your professionals: Professional Alliance %1, Wellbeing Score %2.</source>
        <translation>Deiling með fagaðilunum þínum: samstarf við fagaðila %1, vellíðunarskor %2.</translation>
    </message>
    <message>
        <source>Wellbeing over time</source>
        <translation>Vellíðan yfir tíma</translation>
    </message>
    <message>
        <source>Professional Alliance over time</source>
        <translation>Samstarf við fagaðila yfir tíma</translation>
    </message>
    <message>
        <source>Your check-ins and surveys</source>
        <translation>Vellíðunarmöt þín og kannanir</translation>
    </message>
    <message>
        <source>Nothing completed yet.</source>
        <translation>Engu svarað enn.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dagsetning</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Your sharing history</source>
        <translation>Saga deilinga þinna</translation>
    </message>
    <message>
        <source>You have never shared a score.</source>
        <translation>Þú hefur aldrei deilt skori.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvenær</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>A date written out: day, abbreviated month, year (Qt&apos;s date format letters).</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <extracomment>A date and a time of day (Qt&apos;s date format letters).</extracomment>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>Rapport</name>
    <message>
        <source>fewer than %1 responses</source>
        <translation>færri en %1 svör</translation>
    </message>
    <message>
        <source>The backup is damaged or has been altered (%1). Nothing was restored.</source>
        <translation>Öryggisafritið er skemmt eða því hefur verið breytt (%1). Ekkert var endurheimt.</translation>
    </message>
    <message>
        <source>There is not enough disk space for the backup at %1.</source>
        <translation>Ekki er nægt diskpláss fyrir öryggisafritið í %1.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>Ekki tókst að skrifa öryggisafritið í %1.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Engin skrá er í %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Ekki er hægt að lesa %1.</translation>
    </message>
    <message>
        <source>%1 is not a Rapport backup.</source>
        <translation>%1 er ekki öryggisafrit frá Rapport.</translation>
    </message>
    <message>
        <source>the header is cut off</source>
        <translation>hausinn er styttur</translation>
    </message>
    <message>
        <source>the header has an impossible size</source>
        <translation>hausinn er af ómögulegri stærð</translation>
    </message>
    <message>
        <source>the header is not readable</source>
        <translation>hausinn er ólæsilegur</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Rapport. Update Rapport to use it.</source>
        <translation>Þetta öryggisafrit var gert með nýrri útgáfu af Rapport. Uppfærðu Rapport til að nota það.</translation>
    </message>
    <message>
        <source>the key parameters are not valid</source>
        <translation>lykilfæribreyturnar eru ógildar</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup.</source>
        <translation>Þetta lykilorð opnar ekki öryggisafritið.</translation>
    </message>
    <message>
        <source>the stream header is not valid</source>
        <translation>haus gagnastraumsins er ógildur</translation>
    </message>
    <message>
        <source>Rapport cannot write a temporary file next to %1.</source>
        <translation>Rapport getur ekki skrifað tímabundna skrá við hlið %1.</translation>
    </message>
    <message>
        <source>the file ends before its last part</source>
        <translation>skráin endar á undan síðasta hluta sínum</translation>
    </message>
    <message>
        <source>the file is cut off</source>
        <translation>skráin er stytt</translation>
    </message>
    <message>
        <source>a part has an impossible size</source>
        <translation>hluti er af ómögulegri stærð</translation>
    </message>
    <message>
        <source>a part does not authenticate</source>
        <translation>ekki tekst að sannvotta hluta</translation>
    </message>
    <message>
        <source>the manifest is not valid</source>
        <translation>yfirlitið (manifest) er ógilt</translation>
    </message>
    <message>
        <source>This backup holds a store from a newer version of Rapport (schema %1). Update Rapport to restore it.</source>
        <translation>Þetta öryggisafrit geymir gagnasafn úr nýrri útgáfu af Rapport (skema %1). Uppfærðu Rapport til að endurheimta það.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Hætt var við aðgerðina.</translation>
    </message>
    <message>
        <source>there are unexpected bytes after the end</source>
        <translation>óvænt bæti eru á eftir endanum</translation>
    </message>
    <message>
        <source>its contents do not match its manifest</source>
        <translation>innihaldið passar ekki við yfirlitið</translation>
    </message>
    <message>
        <source>A backup cannot replace the store itself.</source>
        <translation>Öryggisafrit getur ekki komið í stað gagnasafnsins sjálfs.</translation>
    </message>
    <message>
        <source>The store snapshot could not be read.</source>
        <translation>Ekki tókst að lesa afrit gagnasafnsins.</translation>
    </message>
    <message>
        <source>Rapport cannot write to %1.</source>
        <translation>Rapport getur ekki skrifað í %1.</translation>
    </message>
    <message>
        <source>The backup was cancelled. No file was written.</source>
        <translation>Hætt var við öryggisafritunina. Engin skrá var skrifuð.</translation>
    </message>
    <message>
        <source>A Rapport store already exists at %1. Choose another place, or restore over it from Rapport&apos;s admin mode.</source>
        <translation>Rapport-gagnasafn er þegar til í %1. Veldu annan stað, eða endurheimtu yfir það í stjórnendaham Rapport.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Ekki er hægt að búa til möppuna %1.</translation>
    </message>
    <message>
        <source>The restored store failed its integrity check.</source>
        <translation>Endurheimta gagnasafnið stóðst ekki heilleikaprófun.</translation>
    </message>
    <message>
        <source>The current store could not be set aside; nothing was changed.</source>
        <translation>Ekki tókst að leggja núverandi gagnasafn til hliðar; engu var breytt.</translation>
    </message>
    <message>
        <source>Choose a folder for the automatic backups.</source>
        <translation>Veldu möppu fyrir sjálfvirku öryggisafritin.</translation>
    </message>
    <message>
        <source>Keep between 1 and 1000 backups.</source>
        <translation>Geymdu á bilinu 1 til 1000 öryggisafrit.</translation>
    </message>
    <message>
        <source>Automatic backups need a backup passphrase.</source>
        <translation>Sjálfvirk öryggisafrit þurfa lykilorð fyrir öryggisafrit.</translation>
    </message>
    <message>
        <source>Automatic backups are not set up.</source>
        <translation>Sjálfvirk öryggisafrit hafa ekki verið sett upp.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Ekki er hægt að búa til öryggisafritamöppuna %1.</translation>
    </message>
    <message>
        <source>The old backup %1 could not be removed.</source>
        <translation>Ekki tókst að fjarlægja gamla öryggisafritið %1.</translation>
    </message>
    <message>
        <source>  made by Rapport %1 on %2, schema %3</source>
        <translation>  gert af Rapport %1 þann %2, skema %3</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Skrifa út JSON fyrir forrit.</translation>
    </message>
    <message>
        <source>Read the backup passphrase from the first line of FILE (default: $RAPPORT_BACKUP_PASSPHRASE).</source>
        <translation>Lesa lykilorð öryggisafritsins úr fyrstu línu FILE (sjálfgefið: $RAPPORT_BACKUP_PASSPHRASE).</translation>
    </message>
    <message>
        <source>The new store to restore into.</source>
        <translation>Nýja gagnasafnið sem endurheimt er í.</translation>
    </message>
    <message>
        <source>Folder for automatic backups.</source>
        <translation>Mappa fyrir sjálfvirk öryggisafrit.</translation>
    </message>
    <message>
        <source>daily or weekly.</source>
        <translation>daily (daglega) eða weekly (vikulega).</translation>
    </message>
    <message>
        <source>How many backups to keep.</source>
        <translation>Hve mörg öryggisafrit á að geyma.</translation>
    </message>
    <message>
        <source>Turn automatic backups off.</source>
        <translation>Slökkva á sjálfvirkum öryggisafritum.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Öryggisafritsskráin.</translation>
    </message>
    <message>
        <source>backup %1 needs one FILE.</source>
        <translation>backup %1 þarf eina FILE.</translation>
    </message>
    <message>
        <source>backup restore needs --to STORE (a new store; never the open one).</source>
        <translation>backup restore þarf --to STORE (nýtt gagnasafn, aldrei það sem er opið).</translation>
    </message>
    <message>
        <source>The backup is intact and the passphrase is right.</source>
        <translation>Öryggisafritið er heilt og lykilorðið er rétt.</translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>Endurheimt í %1.</translation>
    </message>
    <message>
        <source>Wrote the encrypted backup %1.</source>
        <translation>Dulkóðaða öryggisafritið %1 var skrifað.</translation>
    </message>
    <message>
        <source>--frequency must be daily or weekly.</source>
        <translation>--frequency verður að vera daily eða weekly.</translation>
    </message>
    <message>
        <source>--keep needs a whole number.</source>
        <translation>--keep þarf heiltölu.</translation>
    </message>
    <message>
        <source>List or show the questionnaires (instruments list|show ID)</source>
        <translation>Lista eða sýna spurningalistana (instruments list|show ID)</translation>
    </message>
    <message>
        <source>Score a set of answers (score ID --answers a,b,c...)</source>
        <translation>Reikna skor svara (score ID --answers a,b,c...)</translation>
    </message>
    <message>
        <source>Compute the trend of a series (trend ID --point DATE=SCORE ...)</source>
        <translation>Reikna þróun raðar (trend ID --point DATE=SCORE ...)</translation>
    </message>
    <message>
        <source>Create a new encrypted store</source>
        <translation>Búa til nýtt dulkóðað gagnasafn</translation>
    </message>
    <message>
        <source>Change the store passphrase (passphrase change)</source>
        <translation>Breyta lykilorði gagnasafnsins (passphrase change)</translation>
    </message>
    <message>
        <source>Add, list, rename or remove people (person add|list|rename|remove)</source>
        <translation>Bæta við, lista, endurnefna eða fjarlægja fólk (person add|list|rename|remove)</translation>
    </message>
    <message>
        <source>Record a questionnaire (submit wellbeing|alliance)</source>
        <translation>Skrá spurningalista (submit wellbeing|alliance)</translation>
    </message>
    <message>
        <source>A client&apos;s sharing choices (sharing set|show|log)</source>
        <translation>Deilingarval skjólstæðings (sharing set|show|log)</translation>
    </message>
    <message>
        <source>Share requests (request add|answer|list)</source>
        <translation>Beiðnir um deilingu (request add|answer|list)</translation>
    </message>
    <message>
        <source>What a client or professional sees, or the anonymised HR figures (view client|professional ID, view hr)</source>
        <translation>Það sem skjólstæðingur eða fagaðili sér, eða ópersónugreindar tölur mannauðsdeildar (view client|professional ID, view hr)</translation>
    </message>
    <message>
        <source>Check the store&apos;s integrity</source>
        <translation>Athuga heilleika gagnasafnsins</translation>
    </message>
    <message>
        <source>Encrypted backups (backup export|verify|restore|schedule|run-scheduled)</source>
        <translation>Dulkóðuð öryggisafrit (backup export|verify|restore|schedule|run-scheduled)</translation>
    </message>
    <message>
        <source>Fill the store with a reproducible demo organisation</source>
        <translation>Fylla gagnasafnið með endurtakanlegri sýniskipulagsheild</translation>
    </message>
    <message>
        <source>Usage: rapport-cli [--store PATH] [--instruments DIR] COMMAND [options]</source>
        <translation>Notkun: rapport-cli [--store PATH] [--instruments DIR] COMMAND [valkostir]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Skipanir:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Almennir valkostir:</translation>
    </message>
    <message>
        <source>Use the store at PATH instead of the default location</source>
        <translation>Nota gagnasafnið í PATH í stað sjálfgefins staðar</translation>
    </message>
    <message>
        <source>Load instrument definitions from DIR</source>
        <translation>Hlaða skilgreiningum spurningalista úr DIR</translation>
    </message>
    <message>
        <source>Passphrases are never taken from the command line: use --passphrase-file FILE or the RAPPORT_PASSPHRASE environment variable.</source>
        <translation>Lykilorð eru aldrei tekin af skipanalínunni: notaðu --passphrase-file FILE eða umhverfisbreytuna RAPPORT_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Run &apos;rapport-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>„rapport-cli COMMAND --help“ sýnir valkosti skipunar.</translation>
    </message>
    <message>
        <source>--store and --instruments need a value.</source>
        <translation>--store og --instruments þurfa gildi.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>óþekkt skipun „%1“.</translation>
    </message>
    <message>
        <source>Try &apos;rapport-cli --help&apos; for more information.</source>
        <translation>Nánari upplýsingar með „rapport-cli --help“.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Sýna þessa hjálp.</translation>
    </message>
    <message>
        <source>Usage: %1%2</source>
        <translation>Notkun: %1%2</translation>
    </message>
    <message>
        <source>Subcommands: %1</source>
        <translation>Undirskipanir: %1</translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation>búist var við einu af: %1</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;; expected one of: %2</source>
        <translation>óþekkt undirskipun „%1“; búist var við einu af: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD) or an ISO 8601 time (YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]).</source>
        <translation>„%1“ er hvorki dagsetning (ÁÁÁÁ-MM-DD) né ISO 8601-tími (ÁÁÁÁ-MM-DDTHH:MM[:SS][Z|±HH:MM]).</translation>
    </message>
    <message>
        <source>No answers were given (expected a list like 3,4,5).</source>
        <translation>Engin svör voru gefin (búist var við lista eins og 3,4,5).</translation>
    </message>
    <message>
        <source>Too many answers (at most %1).</source>
        <translation>Of mörg svör (mest %1).</translation>
    </message>
    <message>
        <source>Answer %1 is empty.</source>
        <translation>Svar %1 er tómt.</translation>
    </message>
    <message>
        <source>Answer %1 (&apos;%2&apos;) is not a whole number.</source>
        <translation>Svar %1 („%2“) er ekki heiltala.</translation>
    </message>
    <message>
        <source>Answer %1 (&apos;%2&apos;) is too large.</source>
        <translation>Svar %1 („%2“) er of stórt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date.</source>
        <translation>„%1“ er ekki gild dagsetning.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid time of day.</source>
        <translation>„%1“ er ekki gildur tími dags.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an invalid UTC offset (at most ±14:00).</source>
        <translation>„%1“ hefur ógilda UTC-hliðrun (mest ±14:00).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a point: expected DATE=SCORE, like 2026-01-05=56.</source>
        <translation>„%1“ er ekki punktur: búist var við DAGSETNING=SKOR, t.d. 2026-01-05=56.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a score (a number like 56 or 5.4) in the point &apos;%2&apos;.</source>
        <translation>„%1“ er ekki skor (tala eins og 56 eða 5.4) í punktinum „%2“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code (like en, de, is or de_CH).</source>
        <translation>„%1“ er ekki tungumálskóði (eins og en, de, is eða de_CH).</translation>
    </message>
    <message>
        <source>Read the store passphrase from the first line of FILE (default: $RAPPORT_PASSPHRASE).</source>
        <translation>Lesa lykilorð gagnasafnsins úr fyrstu línu FILE (sjálfgefið: $RAPPORT_PASSPHRASE).</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read.</source>
        <translation>Ekki er hægt að lesa lykilorðsskrána %1.</translation>
    </message>
    <message>
        <source>No passphrase given: use --%1 FILE or set %2.</source>
        <translation>Ekkert lykilorð gefið: notaðu --%1 FILE eða stilltu %2.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Lykilorðið er tómt.</translation>
    </message>
    <message>
        <source>Fill the store with a realistic, reproducible demo organisation (the same seed gives the same organisation).</source>
        <translation>Fylla gagnasafnið með raunhæfri, endurtakanlegri sýniskipulagsheild (sama fræ gefur sömu skipulagsheild).</translation>
    </message>
    <message>
        <source>Employees (clients).</source>
        <translation>Starfsfólk (skjólstæðingar).</translation>
    </message>
    <message>
        <source>Professionals.</source>
        <translation>Fagaðilar.</translation>
    </message>
    <message>
        <source>Months of history.</source>
        <translation>Mánuðir af sögu.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Slembifræ.</translation>
    </message>
    <message>
        <source>End of the history (YYYY-MM-DD or ISO 8601; default: now).</source>
        <translation>Lok sögunnar (ÁÁÁÁ-MM-DD eða ISO 8601; sjálfgefið: núna).</translation>
    </message>
    <message>
        <source>--employees, --professionals, --months and --seed take whole numbers.</source>
        <translation>--employees, --professionals, --months og --seed taka heiltölur.</translation>
    </message>
    <message>
        <source>Added %1 employees, %2 professionals, %3 wellbeing and %4 alliance submissions.</source>
        <translation>Bætti við %1 starfsmönnum, %2 fagaðilum, %3 vellíðunarsvörum og %4 samstarfssvörum.</translation>
    </message>
    <message>
        <source>A client with a rich history: %1</source>
        <translation>Skjólstæðingur með langa sögu: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid person id.</source>
        <translation>„%1“ er ekki gilt auðkenni einstaklings.</translation>
    </message>
    <message>
        <source>Only HR people see the HR view.</source>
        <translation>Aðeins starfsfólk mannauðsdeildar sér mannauðsyfirlitið.</translation>
    </message>
    <message>
        <source>Fewer than %1 employees have taken part: every figure is hidden to protect them.</source>
        <translation>Færri en %1 starfsmenn hafa tekið þátt: allar tölur eru faldar til að vernda þá.</translation>
    </message>
    <message>
        <source>Employees in the programme: %1</source>
        <translation>Starfsfólk í verkefninu: %1</translation>
    </message>
    <message numerus="yes">
        <source>Took part in the last %n days: %1</source>
        <translation>
            <numerusform>Tóku þátt síðasta %n dag: %1</numerusform>
            <numerusform>Tóku þátt síðustu %n daga: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Caution: participation is low, so these figures may not represent the organisation.</source>
        <translation>Athugið: þátttaka er lítil, svo þessar tölur endurspegla ekki endilega skipulagsheildina.</translation>
    </message>
    <message>
        <source>Wellbeing (each participant&apos;s latest): %1</source>
        <translation>Vellíðan (nýjasta niðurstaða hvers þátttakanda): %1</translation>
    </message>
    <message>
        <source>Trends (more than one submission): %1</source>
        <translation>Þróun (fleiri en eitt svar): %1</translation>
    </message>
    <message>
        <source>improving: %1</source>
        <translation>batnar: %1</translation>
    </message>
    <message>
        <source>stable: %1</source>
        <translation>stöðugt: %1</translation>
    </message>
    <message>
        <source>declining: %1</source>
        <translation>versnar: %1</translation>
    </message>
    <message>
        <source>Professional Alliance: %1</source>
        <translation>Samstarf við fagaðila: %1</translation>
    </message>
    <message>
        <source>By month:</source>
        <translation>Eftir mánuðum:</translation>
    </message>
    <message>
        <source>%1 (%2 people)</source>
        <translation>%1 (%2 manns)</translation>
    </message>
    <message>
        <source>By team:</source>
        <translation>Eftir teymum:</translation>
    </message>
    <message>
        <source>%1, %2 people</source>
        <translation>%1, %2 manns</translation>
    </message>
    <message>
        <source>The HR person asking (optional; must have role hr).</source>
        <translation>Starfsmaður mannauðsdeildar sem spyr (valfrjálst; verður að hafa hlutverkið hr).</translation>
    </message>
    <message>
        <source>view hr takes no id: it shows the whole organisation (use --person for the HR person asking).</source>
        <translation>view hr tekur ekkert auðkenni: það sýnir alla skipulagsheildina (notaðu --person fyrir starfsmann mannauðsdeildar sem spyr).</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n atriði</numerusform>
            <numerusform>%n atriði</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n stig</numerusform>
            <numerusform>%n stig</numerusform>
        </translation>
    </message>
    <message>
        <source>sum of the answers</source>
        <translation>summa svaranna</translation>
    </message>
    <message>
        <source>mean of the answers</source>
        <translation>meðaltal svaranna</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>ekki nægileg gögn</translation>
    </message>
    <message>
        <source>improving</source>
        <translation>batnar</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stöðugt</translation>
    </message>
    <message>
        <source>declining</source>
        <translation>versnar</translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <translation>%1 (%2, útgáfa %3)</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Leiðbeiningar:</translation>
    </message>
    <message>
        <source>Time frame:</source>
        <translation>Tímabil:</translation>
    </message>
    <message>
        <source>Answer scale: %1 to %2</source>
        <translation>Svarkvarði: %1 til %2</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Atriði:</translation>
    </message>
    <message>
        <source>(reverse-scored)</source>
        <translation>(öfug stigagjöf)</translation>
    </message>
    <message>
        <source>Dimensions:</source>
        <translation>Víddir:</translation>
    </message>
    <message>
        <source>Scoring: %1 × %2, from %3 to %4, shown with %5 decimal(s)</source>
        <translation>Stigagjöf: %1 × %2, frá %3 til %4, sýnt með %5 aukastaf/aukastöfum</translation>
    </message>
    <message>
        <source>Each dimension is scored the same way from its own items.</source>
        <translation>Hver vídd er reiknuð á sama hátt út frá sínum eigin atriðum.</translation>
    </message>
    <message>
        <source>Brackets: none</source>
        <translation>Bil: engin</translation>
    </message>
    <message>
        <source>Brackets:</source>
        <translation>Bil:</translation>
    </message>
    <message>
        <source>Meaningful change: %1</source>
        <translation>Marktæk breyting: %1</translation>
    </message>
    <message>
        <source>Methodology:</source>
        <translation>Aðferðafræði:</translation>
    </message>
    <message>
        <source>(%1, scored %2 to %3)</source>
        <translation>(%1, skorað frá %2 til %3)</translation>
    </message>
    <message>
        <source>rapport-cli instruments list|show ID [--json] [--language CODE]

Lists the available questionnaires, or shows one in full: instructions, answer scale, items, scoring, brackets and methodology.</source>
        <translation>rapport-cli instruments list|show ID [--json] [--language CODE]

Listar tiltæka spurningalista eða sýnir einn í heild: leiðbeiningar, svarkvarða, atriði, stigagjöf, bil og aðferðafræði.</translation>
    </message>
    <message>
        <source>&apos;list&apos; or &apos;show&apos;.</source>
        <translation>„list“ eða „show“.</translation>
    </message>
    <message>
        <source>The instrument to show.</source>
        <translation>Spurningalistinn sem á að sýna.</translation>
    </message>
    <message>
        <source>instruments needs an action: list, or show ID.</source>
        <translation>instruments þarf aðgerð: list, eða show ID.</translation>
    </message>
    <message>
        <source>instruments list takes no arguments.</source>
        <translation>instruments list tekur engin viðföng.</translation>
    </message>
    <message>
        <source>instruments show needs exactly one instrument id.</source>
        <translation>instruments show þarf nákvæmlega eitt auðkenni spurningalista.</translation>
    </message>
    <message>
        <source>unknown instruments action &apos;%1&apos; (use list or show).</source>
        <translation>óþekkt instruments-aðgerð „%1“ (notaðu list eða show).</translation>
    </message>
    <message>
        <source>rapport-cli score ID --answers LIST [--json] [--language CODE]

Scores one set of answers (one per item, in order, e.g. 3,4,5,2,1) and shows the score, its bracket and any dimension sub-scores.</source>
        <translation>rapport-cli score ID --answers LIST [--json] [--language CODE]

Reiknar skor eins svarasafns (eitt svar á hvert atriði, í röð, t.d. 3,4,5,2,1) og sýnir skorið, bil þess og undirskor vídda, ef einhver eru.</translation>
    </message>
    <message>
        <source>The instrument, e.g. wellbeing-index.</source>
        <translation>Spurningalistinn, t.d. wellbeing-index.</translation>
    </message>
    <message>
        <source>The answers, comma-separated, one per item.</source>
        <translation>Svörin, aðskilin með kommum, eitt á hvert atriði.</translation>
    </message>
    <message>
        <source>score needs exactly one instrument id.</source>
        <translation>score þarf nákvæmlega eitt auðkenni spurningalista.</translation>
    </message>
    <message>
        <source>score needs --answers, e.g. --answers 3,4,5,2,1.</source>
        <translation>score þarf --answers, t.d. --answers 3,4,5,2,1.</translation>
    </message>
    <message>
        <source>rapport-cli trend ID --point DATE=SCORE [--point DATE=SCORE ...] [--json]

Fits a straight line through a person&apos;s scores over time and reports whether they are improving, stable or declining (by at least the instrument&apos;s meaningful change from the first to the last point). DATE is YYYY-MM-DD (taken as 12:00 UTC) or an ISO 8601 time such as 2026-01-05T09:30+01:00 (without an offset, UTC).</source>
        <translation>rapport-cli trend ID --point DATE=SCORE [--point DATE=SCORE ...] [--json]

Fellir beina línu að skorum einstaklings yfir tíma og segir til um hvort þau batni, séu stöðug eða versni (um að minnsta kosti marktæka breytingu spurningalistans frá fyrsta til síðasta punkts). DATE er ÁÁÁÁ-MM-DD (túlkað sem 12:00 UTC) eða ISO 8601-tími eins og 2026-01-05T09:30+01:00 (án hliðrunar: UTC).</translation>
    </message>
    <message>
        <source>The instrument the scores belong to.</source>
        <translation>Spurningalistinn sem skorin tilheyra.</translation>
    </message>
    <message>
        <source>One submission: its date or time and its score (repeatable).</source>
        <translation>Eitt svar: dagsetning þess eða tími og skor (má endurtaka).</translation>
    </message>
    <message>
        <source>trend needs exactly one instrument id.</source>
        <translation>trend þarf nákvæmlega eitt auðkenni spurningalista.</translation>
    </message>
    <message>
        <source>The score %1 in &apos;%2&apos; is outside the range of %3 (%4 to %5).</source>
        <translation>Skorið %1 í „%2“ er utan sviðs %3 (%4 til %5).</translation>
    </message>
    <message>
        <source>%1: not enough data for a trend (%2; at least 2 are needed).</source>
        <translation>%1: ekki nægileg gögn fyrir þróun (%2; a.m.k. 2 þarf).</translation>
    </message>
    <message>
        <source>%1: %2 (fitted change %3 over %4; a change of %5 is meaningful)</source>
        <translation>%1: %2 (reiknuð breyting %3 yfir %4; breyting um %5 er marktæk)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 id.</source>
        <translation>„%1“ er ekki gilt auðkenni fyrir %2.</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Deilt</translation>
    </message>
    <message>
        <source>Not Sharing</source>
        <translation>Ekki deilt</translation>
    </message>
    <message>
        <source>Create a new, empty encrypted store (at --store or the default place).</source>
        <translation>Búa til nýtt, tómt dulkóðað gagnasafn (í --store eða á sjálfgefnum stað).</translation>
    </message>
    <message>
        <source>Use the cheapest key derivation: only for throwaway test stores.</source>
        <translation>Nota ódýrustu lykilleiðslu: aðeins fyrir prófunargagnasöfn sem má henda.</translation>
    </message>
    <message>
        <source>Created an encrypted store at %1.</source>
        <translation>Dulkóðað gagnasafn var búið til í %1.</translation>
    </message>
    <message>
        <source>Change the store passphrase (the store is re-encrypted atomically).</source>
        <translation>Breyta lykilorði gagnasafnsins (gagnasafnið er dulkóðað upp á nýtt í einu skrefi).</translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE (default: $RAPPORT_NEW_PASSPHRASE).</source>
        <translation>Lesa nýja lykilorðið úr fyrstu línu FILE (sjálfgefið: $RAPPORT_NEW_PASSPHRASE).</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Lykilorðinu var breytt.</translation>
    </message>
    <message>
        <source>client, professional, hr or admin.</source>
        <translation>client, professional, hr eða admin.</translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation>Nafn einstaklingsins.</translation>
    </message>
    <message>
        <source>A client&apos;s team or department.</source>
        <translation>Teymi eða deild skjólstæðings.</translation>
    </message>
    <message>
        <source>The person&apos;s id.</source>
        <translation>Auðkenni einstaklingsins.</translation>
    </message>
    <message>
        <source>--role must be client, professional, hr or admin.</source>
        <translation>--role verður að vera client, professional, hr eða admin.</translation>
    </message>
    <message>
        <source>person add needs --role and --name.</source>
        <translation>person add þarf --role og --name.</translation>
    </message>
    <message>
        <source>person %1 needs one person id.</source>
        <translation>person %1 þarf eitt auðkenni einstaklings.</translation>
    </message>
    <message>
        <source>person rename needs --name.</source>
        <translation>person rename þarf --name.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>einstakling</translation>
    </message>
    <message>
        <source>Removed the person and all of their data.</source>
        <translation>Einstaklingurinn og öll gögn hans voru fjarlægð.</translation>
    </message>
    <message>
        <source>Connect a client with a professional.</source>
        <translation>Tengja skjólstæðing við fagaðila.</translation>
    </message>
    <message>
        <source>The client.</source>
        <translation>Skjólstæðingurinn.</translation>
    </message>
    <message>
        <source>The professional.</source>
        <translation>Fagaðilinn.</translation>
    </message>
    <message>
        <source>connect needs a client id and a professional id.</source>
        <translation>connect þarf auðkenni skjólstæðings og auðkenni fagaðila.</translation>
    </message>
    <message>
        <source>client</source>
        <translation>skjólstæðing</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>fagaðila</translation>
    </message>
    <message>
        <source>The client answering.</source>
        <translation>Skjólstæðingurinn sem svarar.</translation>
    </message>
    <message>
        <source>The professional of the session (alliance).</source>
        <translation>Fagaðili tímans (samstarf).</translation>
    </message>
    <message>
        <source>The answers, comma-separated.</source>
        <translation>Svörin, aðskilin með kommum.</translation>
    </message>
    <message>
        <source>When it was answered (YYYY-MM-DD or ISO 8601).</source>
        <translation>Hvenær var svarað (ÁÁÁÁ-MM-DD eða ISO 8601).</translation>
    </message>
    <message>
        <source>submit alliance needs --person, --professional and --answers.</source>
        <translation>submit alliance þarf --person, --professional og --answers.</translation>
    </message>
    <message>
        <source>submit wellbeing needs --person and --answers.</source>
        <translation>submit wellbeing þarf --person og --answers.</translation>
    </message>
    <message>
        <source>Saved. Score: %1</source>
        <translation>Vistað. Skor: %1</translation>
    </message>
    <message>
        <source>alliance or wellbeing.</source>
        <translation>alliance eða wellbeing.</translation>
    </message>
    <message>
        <source>Share or stop sharing.</source>
        <translation>Deila eða hætta að deila.</translation>
    </message>
    <message>
        <source>sharing %1 needs --person.</source>
        <translation>sharing %1 þarf --person.</translation>
    </message>
    <message>
        <source>usage: sharing set --person ID --metric alliance|wellbeing on|off</source>
        <translation>notkun: sharing set --person ID --metric alliance|wellbeing on|off</translation>
    </message>
    <message>
        <source>Professional Alliance</source>
        <translation>Samstarf við fagaðila</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Vellíðan</translation>
    </message>
    <message>
        <source>The professional asking.</source>
        <translation>Fagaðilinn sem spyr.</translation>
    </message>
    <message>
        <source>The client asked.</source>
        <translation>Skjólstæðingurinn sem er spurður.</translation>
    </message>
    <message>
        <source>alliance (default) or wellbeing.</source>
        <translation>alliance (sjálfgefið) eða wellbeing.</translation>
    </message>
    <message>
        <source>Whose requests to list.</source>
        <translation>Hvers beiðnir á að lista.</translation>
    </message>
    <message>
        <source>The request.</source>
        <translation>Beiðnin.</translation>
    </message>
    <message>
        <source>The client&apos;s answer.</source>
        <translation>Svar skjólstæðingsins.</translation>
    </message>
    <message>
        <source>request add needs --professional and --client.</source>
        <translation>request add þarf --professional og --client.</translation>
    </message>
    <message>
        <source>--metric must be alliance or wellbeing.</source>
        <translation>--metric verður að vera alliance eða wellbeing.</translation>
    </message>
    <message>
        <source>usage: request answer REQUEST_ID accept|decline</source>
        <translation>notkun: request answer REQUEST_ID accept|decline</translation>
    </message>
    <message>
        <source>request</source>
        <translation>beiðni</translation>
    </message>
    <message>
        <source>request list needs --person.</source>
        <translation>request list þarf --person.</translation>
    </message>
    <message>
        <source>The person whose view to show.</source>
        <translation>Einstaklingurinn sem sýnin á við.</translation>
    </message>
    <message>
        <source>view %1 needs one id.</source>
        <translation>view %1 þarf eitt auðkenni.</translation>
    </message>
    <message>
        <source>Check the store&apos;s integrity and show its versions.</source>
        <translation>Athuga heilleika gagnasafnsins og sýna útgáfur þess.</translation>
    </message>
    <message>
        <source>The store is intact (schema %1, SQLCipher %2).</source>
        <translation>Gagnasafnið er heilt (skema %1, SQLCipher %2).</translation>
    </message>
    <message>
        <source>Unknown key-derivation algorithm &quot;%1&quot;.</source>
        <translation>Óþekkt lykilleiðsluaðferð „%1“.</translation>
    </message>
    <message>
        <source>The key-derivation cost recorded in the file is not valid.</source>
        <translation>Kostnaður lykilleiðslu sem skráður er í skrána er ógildur.</translation>
    </message>
    <message>
        <source>The key-derivation salt recorded in the file is not valid.</source>
        <translation>Salt lykilleiðslu sem skráð er í skrána er ógilt.</translation>
    </message>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation>Ekki tókst að ræsa dulritunarsafnið.</translation>
    </message>
    <message>
        <source>The key-derivation salt has the wrong size.</source>
        <translation>Salt lykilleiðslunnar er af rangri stærð.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB needed).</source>
        <translation>Ekki nægt minni til að leiða út lykilinn (%1 MiB þarf).</translation>
    </message>
    <message>
        <source>The instrument &apos;%1&apos; cannot be used for demo data.</source>
        <translation>Ekki er hægt að nota spurningalistann „%1“ fyrir sýnigögn.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (it is %4).</source>
        <translation>%1 verður að vera á bilinu %2 til %3 (er %4).</translation>
    </message>
    <message>
        <source>The number of employees</source>
        <translation>Fjöldi starfsmanna</translation>
    </message>
    <message>
        <source>The number of professionals</source>
        <translation>Fjöldi fagaðila</translation>
    </message>
    <message>
        <source>There cannot be more professionals (%1) than employees (%2).</source>
        <translation>Fagaðilar (%1) geta ekki verið fleiri en starfsmenn (%2).</translation>
    </message>
    <message>
        <source>The number of months</source>
        <translation>Fjöldi mánaða</translation>
    </message>
    <message>
        <source>The number of HR people</source>
        <translation>Fjöldi starfsmanna mannauðsdeildar</translation>
    </message>
    <message>
        <source>The number of administrators</source>
        <translation>Fjöldi stjórnenda</translation>
    </message>
    <message>
        <source>The number of years</source>
        <translation>Fjöldi ára</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Skjólstæðingur</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Fagaðili</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>Mannauður</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Stjórnandi</translation>
    </message>
    <message>
        <source>dimension &apos;%1&apos; has no items</source>
        <translation>víddin „%1“ hefur engin atriði</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: the top level must be a JSON object</source>
        <translation>%1: efsta stigið verður að vera JSON-hlutur</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>verður að vera hlutur</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>óþekkt svið</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>er nauðsynlegt</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>verður að vera fylki</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>verður að vera strengur</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>má ekki vera tómt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id (use up to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>„%1“ er ekki gilt auðkenni (notaðu allt að 64 lágstafi, tölustafi, „.“, „_“ og „-“)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>verður að vera heiltala</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>verður að vera a.m.k. %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>verður að vera á bilinu %1 til %2</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>verður að vera tala</translation>
    </message>
    <message>
        <source>must be a text or an object of texts by language</source>
        <translation>verður að vera texti eða hlutur með texta eftir tungumáli</translation>
    </message>
    <message>
        <source>must have a text in at least one language</source>
        <translation>verður að hafa texta á a.m.k. einu tungumáli</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code (like &quot;en&quot;, &quot;de&quot; or &quot;de_CH&quot;)</source>
        <translation>„%1“ er ekki tungumálskóði (eins og „en“, „de“ eða „de_CH“)</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is given twice</source>
        <translation>tungumálið „%1“ er gefið tvisvar</translation>
    </message>
    <message>
        <source>must be greater than scale.min (%1)</source>
        <translation>verður að vera hærra en scale.min (%1)</translation>
    </message>
    <message>
        <source>a scale may have at most %1 points</source>
        <translation>kvarði má mest hafa %1 punkta</translation>
    </message>
    <message>
        <source>%1 is outside the scale %2–%3</source>
        <translation>%1 er utan kvarðans %2–%3</translation>
    </message>
    <message>
        <source>point %1 is labelled twice</source>
        <translation>punktur %1 er merktur tvisvar</translation>
    </message>
    <message>
        <source>the lowest point (%1) needs a label</source>
        <translation>lægsti punkturinn (%1) þarf merkingu</translation>
    </message>
    <message>
        <source>the highest point (%1) needs a label</source>
        <translation>hæsti punkturinn (%1) þarf merkingu</translation>
    </message>
    <message>
        <source>dimension &apos;%1&apos; is declared twice</source>
        <translation>víddin „%1“ er skilgreind tvisvar</translation>
    </message>
    <message>
        <source>must list at least one item</source>
        <translation>verður að telja upp a.m.k. eitt atriði</translation>
    </message>
    <message>
        <source>may list at most %1 items</source>
        <translation>má mest telja upp %1 atriði</translation>
    </message>
    <message>
        <source>item &apos;%1&apos; is listed twice</source>
        <translation>atriðið „%1“ er talið upp tvisvar</translation>
    </message>
    <message>
        <source>unknown dimension &apos;%1&apos;</source>
        <translation>óþekkt vídd „%1“</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>verður að vera true eða false</translation>
    </message>
    <message>
        <source>must be &quot;sum&quot; or &quot;mean&quot;</source>
        <translation>verður að vera „sum“ eða „mean“</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>verður að vera hærra en 0</translation>
    </message>
    <message>
        <source>must be greater than scoring.min (%1)</source>
        <translation>verður að vera hærra en scoring.min (%1)</translation>
    </message>
    <message>
        <source>must not exceed the score range (%1)</source>
        <translation>má ekki vera umfram skorsviðið (%1)</translation>
    </message>
    <message>
        <source>the %1 of %2 items all answered %3, times %4, is %5, not %6</source>
        <translation>%1 %2 atriða, öllum svarað með %3, sinnum %4, er %5, ekki %6</translation>
    </message>
    <message>
        <source>bracket &apos;%1&apos; is listed twice</source>
        <translation>bilið „%1“ er talið upp tvisvar</translation>
    </message>
    <message>
        <source>must not be below the bracket&apos;s min (%1)</source>
        <translation>má ekki vera undir lágmarki bilsins (%1)</translation>
    </message>
    <message>
        <source>the first bracket must start at the lowest score (%1), not %2</source>
        <translation>fyrsta bilið verður að byrja á lægsta skori (%1), ekki %2</translation>
    </message>
    <message>
        <source>%1 is not above the previous bracket&apos;s max (%2): brackets must be sorted and must not overlap</source>
        <translation>%1 er ekki yfir hámarki fyrra bils (%2): bil verða að vera í röð og mega ekki skarast</translation>
    </message>
    <message>
        <source>%1 leaves a gap after the previous bracket&apos;s max (%2): with %3 decimal(s) the next bracket must start by %4</source>
        <translation>%1 skilur eftir bil á eftir hámarki fyrra bils (%2): með %3 aukastaf/aukastöfum verður næsta bil að byrja í síðasta lagi á %4</translation>
    </message>
    <message>
        <source>%1 is above the highest score (%2)</source>
        <translation>%1 er yfir hæsta skori (%2)</translation>
    </message>
    <message>
        <source>the last bracket must end at the highest score (%1), not %2</source>
        <translation>síðasta bilið verður að enda á hæsta skori (%1), ekki %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2 (at byte %3)</source>
        <translation>%1: ekki gilt JSON: %2 (við bæti %3)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: skráin er ekki til</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: ekki hægt að lesa: %2</translation>
    </message>
    <message>
        <source>%1: too large for an instrument definition (more than %2 bytes)</source>
        <translation>%1: of stór fyrir skilgreiningu spurningalista (meira en %2 bæti)</translation>
    </message>
    <message>
        <source>The built-in instruments could not be loaded: %1</source>
        <translation>Ekki tókst að hlaða innbyggðu spurningalistunum: %1</translation>
    </message>
    <message>
        <source>The instrument folder &apos;%1&apos; does not exist.</source>
        <translation>Spurningalistamappan „%1“ er ekki til.</translation>
    </message>
    <message>
        <source>The instrument folder &apos;%1&apos; has no definitions (*.json files).</source>
        <translation>Spurningalistamappan „%1“ inniheldur engar skilgreiningar (*.json-skrár).</translation>
    </message>
    <message>
        <source>%1: id: instrument &apos;%2&apos; is already defined in %3</source>
        <translation>%1: id: spurningalistinn „%2“ er þegar skilgreindur í %3</translation>
    </message>
    <message>
        <source>The instrument &apos;%1&apos; is defined twice.</source>
        <translation>Spurningalistinn „%1“ er skilgreindur tvisvar.</translation>
    </message>
    <message>
        <source>There is no instrument &apos;%1&apos;.</source>
        <translation>Enginn spurningalisti heitir „%1“.</translation>
    </message>
    <message>
        <source>The instrument &apos;%1&apos; has no items.</source>
        <translation>Spurningalistinn „%1“ hefur engin atriði.</translation>
    </message>
    <message>
        <source>The answer to item %1 is missing: %2 answers are needed, %3 were given.</source>
        <translation>Svar við atriði %1 vantar: %2 svör þarf, %3 voru gefin.</translation>
    </message>
    <message>
        <source>There is no item %1: the instrument has %2 items, %3 answers were given.</source>
        <translation>Ekkert atriði %1 er til: spurningalistinn hefur %2 atriði, %3 svör voru gefin.</translation>
    </message>
    <message>
        <source>The answer to item %1 is %2, outside the scale %3 to %4.</source>
        <translation>Svar við atriði %1 er %2, utan kvarðans %3 til %4.</translation>
    </message>
    <message>
        <source>Only clients answer questionnaires.</source>
        <translation>Aðeins skjólstæðingar svara spurningalistum.</translation>
    </message>
    <message>
        <source>The alliance survey is about one professional: say which one.</source>
        <translation>Samstarfskönnunin snýst um einn fagaðila: tilgreindu hvern.</translation>
    </message>
    <message>
        <source>The alliance survey can only be about a professional you are connected with.</source>
        <translation>Samstarfskönnunin getur aðeins snúist um fagaðila sem þú ert tengd(ur) við.</translation>
    </message>
    <message>
        <source>This questionnaire is not about a professional.</source>
        <translation>Þessi spurningalisti snýst ekki um fagaðila.</translation>
    </message>
    <message>
        <source>A questionnaire cannot be dated in the future.</source>
        <translation>Spurningalisti getur ekki verið dagsettur fram í tímann.</translation>
    </message>
    <message>
        <source>Only clients have a client dashboard.</source>
        <translation>Aðeins skjólstæðingar hafa yfirlit skjólstæðings.</translation>
    </message>
    <message>
        <source>Only professionals have a professional view.</source>
        <translation>Aðeins fagaðilar hafa fagaðilasýn.</translation>
    </message>
    <message>
        <source>A connection joins a client with a professional.</source>
        <translation>Tenging tengir skjólstæðing við fagaðila.</translation>
    </message>
    <message>
        <source>These two are already connected.</source>
        <translation>Þessi tvö eru þegar tengd.</translation>
    </message>
    <message>
        <source>These two are not connected.</source>
        <translation>Þessi tvö eru ekki tengd.</translation>
    </message>
    <message>
        <source>There is no Rapport store at %1.</source>
        <translation>Ekkert Rapport-gagnasafn er í %1.</translation>
    </message>
    <message>
        <source>Rapport cannot write to %1. Check the folder&apos;s permissions.</source>
        <translation>Rapport getur ekki skrifað í %1. Athugaðu heimildir möppunnar.</translation>
    </message>
    <message>
        <source>The store at %1 could not be opened.</source>
        <translation>Ekki tókst að opna gagnasafnið í %1.</translation>
    </message>
    <message>
        <source>Rapport was built without SQLCipher; the store cannot be encrypted.</source>
        <translation>Rapport var byggt án SQLCipher; ekki er hægt að dulkóða gagnasafnið.</translation>
    </message>
    <message>
        <source>applying the key</source>
        <translation>við að beita lyklinum</translation>
    </message>
    <message>
        <source>The encryption settings could not be applied.</source>
        <translation>Ekki tókst að beita dulkóðunarstillingunum.</translation>
    </message>
    <message>
        <source>The store file could not be decrypted: it is damaged or is not a Rapport store.</source>
        <translation>Ekki tókst að afkóða skrá gagnasafnsins: hún er skemmd eða ekki Rapport-gagnasafn.</translation>
    </message>
    <message>
        <source>Rapport cannot create %1.</source>
        <translation>Rapport getur ekki búið til %1.</translation>
    </message>
    <message>
        <source>Some pages of the store have been altered or damaged.</source>
        <translation>Sumum síðum gagnasafnsins hefur verið breytt eða þær skemmst.</translation>
    </message>
    <message>
        <source>The store failed its integrity check.</source>
        <translation>Gagnasafnið stóðst ekki heilleikaprófun.</translation>
    </message>
    <message>
        <source>There is not enough disk space to save this. Nothing was changed.</source>
        <translation>Ekki er nægt diskpláss til að vista þetta. Engu var breytt.</translation>
    </message>
    <message>
        <source>The store cannot be written: its file or folder is read-only.</source>
        <translation>Ekki er hægt að skrifa í gagnasafnið: skráin eða mappan er skrifvarin.</translation>
    </message>
    <message>
        <source>The store is busy in another Rapport window. Try again.</source>
        <translation>Gagnasafnið er í notkun í öðrum Rapport-glugga. Reyndu aftur.</translation>
    </message>
    <message>
        <source>The store file is damaged.</source>
        <translation>Skrá gagnasafnsins er skemmd.</translation>
    </message>
    <message>
        <source>That refers to something that does not exist.</source>
        <translation>Þetta vísar í eitthvað sem er ekki til.</translation>
    </message>
    <message>
        <source>That already exists.</source>
        <translation>Þetta er þegar til.</translation>
    </message>
    <message>
        <source>That value is not allowed here.</source>
        <translation>Þetta gildi er ekki leyft hér.</translation>
    </message>
    <message>
        <source>The store could not be read or written (the file may have been moved, deleted or its disk removed).</source>
        <translation>Ekki tókst að lesa eða skrifa gagnasafnið (skráin gæti hafa verið færð eða henni eytt, eða diskurinn fjarlægður).</translation>
    </message>
    <message>
        <source>Unexpected database error %1.</source>
        <translation>Óvænt gagnagrunnsvilla %1.</translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation>Færslunni var þegar lokið.</translation>
    </message>
    <message>
        <source>The score range of &apos;%1&apos; is too wide for the HR figures.</source>
        <translation>Skorsvið „%1“ er of vítt fyrir tölur mannauðsdeildar.</translation>
    </message>
    <message>
        <source>This store was written by a newer version of Rapport (schema %1; this version understands up to %2). Update Rapport to open it; the store was not changed.</source>
        <translation>Þetta gagnasafn var skrifað af nýrri útgáfu af Rapport (skema %1; þessi útgáfa skilur allt að %2). Uppfærðu Rapport til að opna það; gagnasafninu var ekki breytt.</translation>
    </message>
    <message>
        <source>There is no such person in this store.</source>
        <translation>Þessi einstaklingur er ekki í þessu gagnasafni.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Einstaklingur þarf nafn.</translation>
    </message>
    <message>
        <source>That name is too long (200 characters at most).</source>
        <translation>Nafnið er of langt (mest 200 stafir).</translation>
    </message>
    <message>
        <source>A name must have between 1 and 200 characters.</source>
        <translation>Nafn verður að vera 1 til 200 stafir.</translation>
    </message>
    <message>
        <source>Only a professional connected with this client can ask them to share.</source>
        <translation>Aðeins fagaðili sem er tengdur þessum skjólstæðingi getur beðið hann að deila.</translation>
    </message>
    <message>
        <source>This client already shares that score.</source>
        <translation>Þessi skjólstæðingur deilir þessu skori nú þegar.</translation>
    </message>
    <message>
        <source>A request to share this score is already waiting for the client&apos;s answer.</source>
        <translation>Beiðni um að deila þessu skori bíður þegar svars skjólstæðingsins.</translation>
    </message>
    <message>
        <source>Only the client can answer a request to share.</source>
        <translation>Aðeins skjólstæðingurinn getur svarað beiðni um deilingu.</translation>
    </message>
    <message>
        <source>This request has already been answered.</source>
        <translation>Þessari beiðni hefur þegar verið svarað.</translation>
    </message>
    <message>
        <source>There is no such share request.</source>
        <translation>Þessi beiðni um deilingu er ekki til.</translation>
    </message>
    <message>
        <source>Only clients have sharing settings.</source>
        <translation>Aðeins skjólstæðingar hafa deilingarstillingar.</translation>
    </message>
    <message>
        <source>Only the client can change what they share.</source>
        <translation>Aðeins skjólstæðingurinn getur breytt því sem hann deilir.</translation>
    </message>
    <message>
        <source>That passphrase does not open this store. Check it and try again.</source>
        <translation>Þetta lykilorð opnar ekki gagnasafnið. Athugaðu það og reyndu aftur.</translation>
    </message>
    <message>
        <source>This store is already open in another Rapport window. Close it there first.</source>
        <translation>Þetta gagnasafn er þegar opið í öðrum Rapport-glugga. Lokaðu því þar fyrst.</translation>
    </message>
    <message>
        <source>Rapport cannot write next to the store at %1. Check the folder&apos;s permissions.</source>
        <translation>Rapport getur ekki skrifað við hlið gagnasafnsins í %1. Athugaðu heimildir möppunnar.</translation>
    </message>
    <message>
        <source>A Rapport store already exists at %1.</source>
        <translation>Rapport-gagnasafn er þegar til í %1.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: the new store file could not be put in place. The old passphrase still applies.</source>
        <translation>Ekki tókst að breyta lykilorðinu: ekki tókst að setja nýju gagnasafnsskrána á sinn stað. Gamla lykilorðið gildir áfram.</translation>
    </message>
    <message>
        <source>The store&apos;s key file is damaged (key check).</source>
        <translation>Lyklaskrá gagnasafnsins er skemmd (lyklaprófun).</translation>
    </message>
    <message>
        <source>The store&apos;s key file %1 is missing.</source>
        <translation>Lyklaskrá gagnasafnsins, %1, vantar.</translation>
    </message>
    <message>
        <source>The store&apos;s key file %1 cannot be read.</source>
        <translation>Ekki er hægt að lesa lyklaskrá gagnasafnsins, %1.</translation>
    </message>
    <message>
        <source>The store&apos;s key file %1 is damaged.</source>
        <translation>Lyklaskrá gagnasafnsins, %1, er skemmd.</translation>
    </message>
    <message>
        <source>%1 is not a Rapport key file.</source>
        <translation>%1 er ekki Rapport-lyklaskrá.</translation>
    </message>
    <message>
        <source>This store was created by a newer version of Rapport. Update Rapport to open it.</source>
        <translation>Þetta gagnasafn var búið til með nýrri útgáfu af Rapport. Uppfærðu Rapport til að opna það.</translation>
    </message>
    <message>
        <source>Rapport cannot write to the folder %1.</source>
        <translation>Rapport getur ekki skrifað í möppuna %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Ekki er hægt að skrifa %1: %2</translation>
    </message>
    <message>
        <source>There is not enough disk space to write %1. Nothing was changed.</source>
        <translation>Ekki er nægt diskpláss til að skrifa %1. Engu var breytt.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Ekki tókst að skrifa %1: %2</translation>
    </message>
    <message>
        <source>The person or professional of this submission does not exist.</source>
        <translation>Einstaklingur eða fagaðili þessa svars er ekki til.</translation>
    </message>
    <message>
        <source>Show the instrument&apos;s texts in language CODE (en, de, is; default: the interface language, and en with --json).</source>
        <translation>Sýna texta spurningalistans á tungumálinu CODE (en, de, is; sjálfgefið: tungumál viðmótsins, og „en“ með --json).</translation>
    </message>
    <message>
        <source>The backup could not be written to %1 (%2).</source>
        <translation>Ekki tókst að skrifa öryggisafritið í %1 (%2).</translation>
    </message>
    <message>
        <source>The backup key has the wrong size.</source>
        <translation>Lykill öryggisafritsins er af rangri stærð.</translation>
    </message>
    <message>
        <source>Ask the hub in RAPPORT_HUB_URL (as an HR login) instead of the local store.</source>
        <translation>Spyrja miðlarann í RAPPORT_HUB_URL (með innskráningu mannauðsdeildar) í stað gagnasafnsins á tölvunni.</translation>
    </message>
    <message>
        <source>view hr --hub takes no id and no --person: the hub login says who is asking.</source>
        <translation>view hr --hub tekur hvorki auðkenni né --person: innskráningin á miðlarann segir hver spyr.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hub address: expected postgresql://LOGIN@HOST:PORT/DATABASE.</source>
        <translation>„%1“ er ekki vistfang miðlara: vænst var postgresql://LOGIN@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The hub address must not contain a password: put it in PGPASSWORD, ~/.pgpass or the file named by PGPASSFILE.</source>
        <translation>Vistfang miðlarans má ekki innihalda lykilorð: settu það í PGPASSWORD, ~/.pgpass eða skrána sem PGPASSFILE vísar á.</translation>
    </message>
    <message>
        <source>The hub address has an invalid parameter &apos;%1&apos;.</source>
        <translation>Vistfang miðlarans inniheldur ógilda færibreytu „%1“.</translation>
    </message>
    <message>
        <source>No hub is configured: set %1 to postgresql://LOGIN@HOST:PORT/DATABASE.</source>
        <translation>Enginn miðlari er stilltur: settu %1 á postgresql://LOGIN@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Create or upgrade the hub schema in the database named by RAPPORT_HUB_URL. Run as the database owner; the password comes from PGPASSWORD, ~/.pgpass or PGPASSFILE.</source>
        <translation>Búa til eða uppfæra skema miðlarans í gagnagrunninum sem RAPPORT_HUB_URL vísar á. Keyrðu sem eigandi gagnagrunnsins; lykilorðið kemur úr PGPASSWORD, ~/.pgpass eða PGPASSFILE.</translation>
    </message>
    <message>
        <source>hub init takes no arguments.</source>
        <translation>hub init tekur engin viðföng.</translation>
    </message>
    <message>
        <source>The hub is up to date (schema %1).</source>
        <translation>Miðlarinn er uppfærður (skema %1).</translation>
    </message>
    <message>
        <source>The hub schema went from version %1 to %2.</source>
        <translation>Skema miðlarans fór úr útgáfu %1 í %2.</translation>
    </message>
    <message>
        <source>Add a person to the hub with their own PostgreSQL login (as the hub owner or an admin login). The new login&apos;s password is taken from %1.</source>
        <translation>Bæta manneskju við miðlarann með eigin PostgreSQL-innskráningu (sem eigandi miðlarans eða með innskráningu stjórnanda). Lykilorð nýju innskráningarinnar er tekið úr %1.</translation>
    </message>
    <message>
        <source>The new PostgreSQL login (lower case).</source>
        <translation>Nýja PostgreSQL-innskráningin (lágstafir).</translation>
    </message>
    <message>
        <source>The person&apos;s team (optional).</source>
        <translation>Teymi manneskjunnar (valfrjálst).</translation>
    </message>
    <message>
        <source>hub person add takes no arguments besides its options.</source>
        <translation>hub person add tekur engin viðföng önnur en rofa sína.</translation>
    </message>
    <message>
        <source>hub person add needs --role, --name and --login.</source>
        <translation>hub person add þarf --role, --name og --login.</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;: expected client, professional, hr or admin.</source>
        <translation>óþekkt hlutverk „%1“: vænst var client, professional, hr eða admin.</translation>
    </message>
    <message>
        <source>set %1 to the new login&apos;s password (never on the command line).</source>
        <translation>settu %1 á lykilorð nýju innskráningarinnar (aldrei á skipanalínunni).</translation>
    </message>
    <message>
        <source>Connect a client with a professional on the hub (as the hub owner or an admin login).</source>
        <translation>Tengja skjólstæðing við fagaðila á miðlaranum (sem eigandi miðlarans eða með innskráningu stjórnanda).</translation>
    </message>
    <message>
        <source>The client&apos;s id on the hub.</source>
        <translation>Auðkenni skjólstæðingsins á miðlaranum.</translation>
    </message>
    <message>
        <source>The professional&apos;s id on the hub.</source>
        <translation>Auðkenni fagaðilans á miðlaranum.</translation>
    </message>
    <message>
        <source>hub connect needs CLIENT_ID and PROFESSIONAL_ID.</source>
        <translation>hub connect þarf CLIENT_ID og PROFESSIONAL_ID.</translation>
    </message>
    <message>
        <source>They were connected already.</source>
        <translation>Þau voru þegar tengd.</translation>
    </message>
    <message>
        <source>The hub at %1 refused the login (check the login name and the password in PGPASSWORD, ~/.pgpass or PGPASSFILE): %2</source>
        <translation>Miðlarinn á %1 hafnaði innskráningunni (athugaðu notandanafnið og lykilorðið í PGPASSWORD, ~/.pgpass eða PGPASSFILE): %2</translation>
    </message>
    <message>
        <source>The hub at %1 cannot be reached: %2</source>
        <translation>Ekki næst samband við miðlarann á %1: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed, so Rapport cannot reach a hub. On Debian and Ubuntu, install the package libqt6sql6-psql.</source>
        <translation>PostgreSQL-rekill Qt (QPSQL) er ekki uppsettur, svo Rapport nær ekki sambandi við miðlara. Á Debian og Ubuntu skaltu setja upp pakkann libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The hub refused a request</source>
        <translation>Miðlarinn hafnaði beiðni</translation>
    </message>
    <message>
        <source>The hub computes the HR figures for Rapport&apos;s built-in Wellbeing Index and Professional Alliance; this organisation&apos;s instrument definitions differ from them.</source>
        <translation>Miðlarinn reiknar tölur mannauðsdeildar fyrir innbyggðan Vellíðunarkvarða og Samstarf við fagaðila í Rapport; skilgreiningar spurningalista þessarar stofnunar eru frábrugðnar þeim.</translation>
    </message>
    <message>
        <source>Only HR logins see the hub&apos;s HR figures: %1</source>
        <translation>Aðeins innskráningar mannauðsdeildar sjá tölur mannauðsdeildar á miðlaranum: %1</translation>
    </message>
    <message>
        <source>The hub returned no HR figures.</source>
        <translation>Miðlarinn skilaði engum tölum fyrir mannauðsdeild.</translation>
    </message>
    <message>
        <source>The hub&apos;s HR figures are not readable: %1</source>
        <translation>Ekki er hægt að lesa tölur mannauðsdeildar frá miðlaranum: %1</translation>
    </message>
    <message>
        <source>The hub was set up by a newer version of Rapport (hub schema %1; this version understands up to %2). Update Rapport; the hub was not changed.</source>
        <translation>Miðlarinn var settur upp með nýrri útgáfu af Rapport (skema miðlarans %1; þessi útgáfa skilur allt að %2). Uppfærðu Rapport; miðlaranum var ekki breytt.</translation>
    </message>
    <message>
        <source>Badly named hub migration %1.</source>
        <translation>Rangt nefnd flutningsskrá miðlarans %1.</translation>
    </message>
    <message>
        <source>Cannot read the hub migration %1.</source>
        <translation>Ekki er hægt að lesa flutningsskrá miðlarans %1.</translation>
    </message>
    <message>
        <source>The hub migrations are not numbered 1, 2, 3... without gaps.</source>
        <translation>Flutningsskrár miðlarans eru ekki tölusettar 1, 2, 3... án gata.</translation>
    </message>
    <message>
        <source>The hub&apos;s schema version %1 does not fit migration %2.</source>
        <translation>Skemaútgáfa miðlarans, %1, passar ekki við flutning %2.</translation>
    </message>
    <message>
        <source>Hub migration %1 (%2) failed; the hub stays at schema %3: %4</source>
        <translation>Flutningur miðlarans %1 (%2) mistókst; miðlarinn er áfram á skema %3: %4</translation>
    </message>
    <message>
        <source>%1: only the hub owner or an admin login may do this (%2)</source>
        <translation>%1: aðeins eigandi miðlarans eða innskráning stjórnanda má gera þetta (%2)</translation>
    </message>
    <message>
        <source>Cannot add %1 to the hub</source>
        <translation>Ekki er hægt að bæta %1 við miðlarann</translation>
    </message>
    <message>
        <source>%1: the new login needs a password of at least 8 characters in RAPPORT_HUB_NEW_PASSWORD.</source>
        <translation>%1: nýja innskráningin þarf lykilorð með a.m.k. 8 stöfum í RAPPORT_HUB_NEW_PASSWORD.</translation>
    </message>
    <message>
        <source>The hub login %1 is not a person on the hub.</source>
        <translation>Innskráningin %1 á miðlarann tilheyrir engri manneskju á miðlaranum.</translation>
    </message>
    <message>
        <source>Unknown role on the hub.</source>
        <translation>Óþekkt hlutverk á miðlaranum.</translation>
    </message>
    <message>
        <source>There is no person %1 on the hub.</source>
        <translation>Engin manneskja %1 er á miðlaranum.</translation>
    </message>
    <message>
        <source>Cannot connect %1 with %2</source>
        <translation>Ekki er hægt að tengja %1 við %2</translation>
    </message>
    <message>
        <source>%1: %2 is not a %3.</source>
        <translation>%1: %2 er ekki í hlutverkinu %3.</translation>
    </message>
    <message>
        <source>This store already holds people of its own. Join a new, empty store (created with rapport-cli init) to the hub.</source>
        <translation>Þetta gagnasafn geymir þegar eigið fólk. Tengdu nýtt, tómt gagnasafn (búið til með rapport-cli init) við miðlarann.</translation>
    </message>
    <message>
        <source>This store is already joined to another hub person (login %1), not to %2.</source>
        <translation>Þetta gagnasafn er þegar tengt við aðra manneskju á miðlaranum (innskráning %1), ekki við %2.</translation>
    </message>
    <message>
        <source>This store is not joined to a hub: run rapport-cli hub join first (see docs/sync.md).</source>
        <translation>Þetta gagnasafn er ekki tengt miðlara: keyrðu fyrst rapport-cli hub join (sjá docs/sync.md).</translation>
    </message>
    <message>
        <source>The hub login %1 is not the person this store is joined to (login %2).</source>
        <translation>Innskráningin %1 á miðlarann er ekki manneskjan sem þetta gagnasafn er tengt við (innskráning %2).</translation>
    </message>
    <message>
        <source>The hub has no person with the login %1. Ask the hub administrator to add you (rapport-cli hub person add).</source>
        <translation>Á miðlaranum er engin manneskja með innskráninguna %1. Biddu stjórnanda miðlarans að bæta þér við (rapport-cli hub person add).</translation>
    </message>
    <message>
        <source>The connection to the hub was lost during sync.</source>
        <translation>Sambandið við miðlarann rofnaði meðan á samstillingu stóð.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Nothing was lost: %n change(s) wait in this store for the next sync.</source>
        <translation>
            <numerusform>%1 Ekkert tapaðist: %n breyting bíður í þessu gagnasafni eftir næstu samstillingu.</numerusform>
            <numerusform>%1 Ekkert tapaðist: %n breytingar bíða í þessu gagnasafni eftir næstu samstillingu.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing was lost; try again later.</source>
        <translation>%1 Ekkert tapaðist; reyndu aftur síðar.</translation>
    </message>
    <message>
        <source>hub join takes no arguments: the login comes from RAPPORT_HUB_URL.</source>
        <translation>hub join tekur engin viðföng: innskráningin kemur úr RAPPORT_HUB_URL.</translation>
    </message>
    <message>
        <source>This store now belongs to the hub login %1 (%2, id %3). Sync with rapport-cli sync.</source>
        <translation>Þetta gagnasafn tilheyrir nú innskráningunni %1 á miðlaranum (%2, auðkenni %3). Samstilltu með rapport-cli sync.</translation>
    </message>
    <message>
        <source>sync takes no arguments.</source>
        <translation>sync tekur engin viðföng.</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received, %3 removed.</source>
        <translation>Samstillt: %1 sent, %2 móttekið, %3 fjarlægt.</translation>
    </message>
    <message>
        <source>Exchange data with the hub this store is joined to (see hub join)</source>
        <translation>Skiptast á gögnum við miðlarann sem þetta gagnasafn er tengt við (sjá hub join)</translation>
    </message>
    <message>
        <source>The store file is not a plain SQLite database.</source>
        <translation>Gagnasafnsskráin er ekki venjulegur SQLite-gagnagrunnur.</translation>
    </message>
    <message>
        <source>The store file %1 was deleted or replaced while Rapport had it open. Nothing was saved. Close Rapport, then put the store back or restore a backup.</source>
        <translation>Gagnasafnsskránni %1 var eytt eða henni skipt út meðan Rapport hafði hana opna. Ekkert var vistað. Lokaðu Rapport og settu svo gagnasafnið aftur á sinn stað eða endurheimtu öryggisafrit.</translation>
    </message>
    <message>
        <source>The hub person and the binding do not match.</source>
        <translation>Manneskjan á miðlaranum og tengingin passa ekki saman.</translation>
    </message>
    <message>
        <source>This store is already joined to another hub person (login %1). Use a new store (rapport-cli init) for %2.</source>
        <translation>Þetta gagnasafn er þegar tengt við aðra manneskju á miðlaranum (innskráning %1). Notaðu nýtt gagnasafn (rapport-cli init) fyrir %2.</translation>
    </message>
    <message>
        <source>This store already holds that id for someone in another role; it cannot be joined to this hub person.</source>
        <translation>Þetta gagnasafn geymir þegar þetta auðkenni fyrir einhvern í öðru hlutverki; ekki er hægt að tengja það við þessa manneskju á miðlaranum.</translation>
    </message>
    <message>
        <source>%1 bytes is not a valid page size.</source>
        <translation>%1 bæti er ekki gild síðustærð.</translation>
    </message>
    <message>
        <source>The store&apos;s key file is damaged (page size).</source>
        <translation>Lyklaskrá gagnasafnsins er skemmd (síðustærð).</translation>
    </message>
    <message>
        <source>Part of a bulk write failed, so none of it was saved.</source>
        <translation>Hluti af fjöldaskráningu mistókst og því var ekkert af henni vistað.</translation>
    </message>
    <message>
        <source>Rapport will not connect to the hub at %1 with sslmode=%2: over a network the connection must be encrypted and the server&apos;s certificate checked, or someone on the way could read or change what is sent. Add sslmode=verify-full and sslrootcert=FILE (your organisation&apos;s CA certificate) to the hub address.</source>
        <translation>Rapport tengist ekki miðstöðinni á %1 með sslmode=%2: yfir net verður tengingin að vera dulkóðuð og vottorð þjónsins staðfest, annars gæti einhver á leiðinni lesið eða breytt því sem er sent. Bættu sslmode=verify-full og sslrootcert=SKRÁ (CA-vottorði fyrirtækisins þíns) við slóð miðstöðvarinnar.</translation>
    </message>
    <message>
        <source>Connect a client with a professional (pending until the client accepts)</source>
        <translation>Tengja skjólstæðing við fagaðila (bíður þar til skjólstæðingurinn samþykkir)</translation>
    </message>
    <message>
        <source>A client&apos;s connections: list them, accept or decline (connections list|accept|decline)</source>
        <translation>Tengingar skjólstæðings: birta, samþykkja eða hafna (connections list|accept|decline)</translation>
    </message>
    <message>
        <source>waiting for your answer</source>
        <translation>bíður svars þíns</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>samþykkt</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>hafnað</translation>
    </message>
    <message>
        <source>There is no connection %1 for this client (give the connection&apos;s id or the professional&apos;s).</source>
        <translation>Engin tenging %1 er til fyrir þennan skjólstæðing (gefðu upp auðkenni tengingarinnar eða fagaðilans).</translation>
    </message>
    <message>
        <source>No professionals are connected with this client.</source>
        <translation>Enginn fagaðili er tengdur þessum skjólstæðingi.</translation>
    </message>
    <message>
        <source>List a client&apos;s connections with professionals and whether each is accepted.</source>
        <translation>Birtir tengingar skjólstæðings við fagaðila og hvort hver þeirra sé samþykkt.</translation>
    </message>
    <message>
        <source>Accept a connection: the professional then sees what the client shares.</source>
        <translation>Samþykkja tengingu: fagaðilinn sér þá það sem skjólstæðingurinn deilir.</translation>
    </message>
    <message>
        <source>Decline a connection: the professional sees nothing of the client.</source>
        <translation>Hafna tengingu: fagaðilinn sér ekkert um skjólstæðinginn.</translation>
    </message>
    <message>
        <source>Accept every pending connection.</source>
        <translation>Samþykkja allar tengingar sem bíða.</translation>
    </message>
    <message>
        <source>The connection, by its id or by the professional&apos;s id.</source>
        <translation>Tengingin, eftir auðkenni hennar eða auðkenni fagaðilans.</translation>
    </message>
    <message>
        <source>connections %1 needs --person.</source>
        <translation>connections %1 þarf --person.</translation>
    </message>
    <message>
        <source>usage: connections list --person ID</source>
        <translation>notkun: connections list --person ID</translation>
    </message>
    <message>
        <source>usage: connections accept --person ID (ID | --all)</source>
        <translation>notkun: connections accept --person ID (ID | --all)</translation>
    </message>
    <message>
        <source>usage: connections decline --person ID ID</source>
        <translation>notkun: connections decline --person ID ID</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>tengingu</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n connection(s).</source>
        <translation>
            <numerusform>Samþykkti %n tengingu.</numerusform>
            <numerusform>Samþykkti %n tengingar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted: this professional now sees what you share.</source>
        <translation>Samþykkt: þessi fagaðili sér nú það sem þú deilir.</translation>
    </message>
    <message>
        <source>Declined: this professional sees nothing of you.</source>
        <translation>Hafnað: þessi fagaðili sér ekkert um þig.</translation>
    </message>
    <message>
        <source>Connected. The connection waits for the client to accept it; until then the professional sees nothing of them.</source>
        <translation>Tengt. Tengingin bíður þess að skjólstæðingurinn samþykki hana; þangað til sér fagaðilinn ekkert um hann.</translation>
    </message>
    <message>
        <source>Only clients answer connections.</source>
        <translation>Aðeins skjólstæðingar svara tengingum.</translation>
    </message>
    <message>
        <source>A new connection is pending or accepted.</source>
        <translation>Ný tenging bíður eða er samþykkt.</translation>
    </message>
    <message>
        <source>Only the client answers a connection made for them.</source>
        <translation>Aðeins skjólstæðingurinn sjálfur svarar tengingu sem gerð var fyrir hann.</translation>
    </message>
    <message>
        <source>There is no such connection.</source>
        <translation>Þessi tenging er ekki til.</translation>
    </message>
    <message>
        <source>This professional is not one of yours.</source>
        <translation>Þessi fagaðili er ekki einn af þínum.</translation>
    </message>
    <message>
        <source>Rapport can lock itself after 5, 10, 15, 30 or 60 minutes, or not at all.</source>
        <translation>Rapport getur læst sér eftir 5, 10, 15, 30 eða 60 mínútur, eða alls ekki.</translation>
    </message>
    <message>
        <source>The check-in reminder must be between %1 and %2 days.</source>
        <translation>Áminning um vellíðunarmat verður að vera á bilinu %1 til %2 dagar.</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>A request to share is waiting for your answer.</source>
        <translation>Beiðni um að deila bíður svars þíns.</translation>
    </message>
    <message>
        <source>It is time for your Wellbeing check-in.</source>
        <translation>Nú er kominn tími á vellíðunarmatið þitt.</translation>
    </message>
    <message>
        <source>List the hub&apos;s connections and whether each client has accepted (as the hub owner or an admin login).</source>
        <translation>Birta tengingar miðlarans og hvort hver skjólstæðingur hafi samþykkt (sem eigandi miðlarans eða með stjórnandaaðgangi).</translation>
    </message>
    <message>
        <source>waiting for the client</source>
        <translation>bíður skjólstæðingsins</translation>
    </message>
    <message>
        <source>The connections could not be read</source>
        <translation>Ekki tókst að lesa tengingarnar</translation>
    </message>
    <message>
        <source>not an admin login</source>
        <translation>ekki stjórnandaaðgangur</translation>
    </message>
    <message>
        <source>Remove a person from the hub (as the hub owner or an admin login): their login stops working and everything of theirs on the hub is deleted.</source>
        <translation>Fjarlægja manneskju af miðlaranum (sem eigandi miðlarans eða með stjórnandaaðgangi): aðgangur hennar hættir að virka og öllu sem hennar er á miðlaranum er eytt.</translation>
    </message>
    <message>
        <source>The person&apos;s id on the hub.</source>
        <translation>Auðkenni manneskjunnar á miðlaranum.</translation>
    </message>
    <message>
        <source>hub person remove needs PERSON_ID.</source>
        <translation>hub person remove þarf PERSON_ID.</translation>
    </message>
    <message>
        <source>Removed: the login %1 no longer works, and their data is gone from the hub.</source>
        <translation>Fjarlægt: aðgangurinn %1 virkar ekki lengur og gögnunum hefur verið eytt af miðlaranum.</translation>
    </message>
    <message>
        <source>Cannot remove %1 from the hub</source>
        <translation>Ekki er hægt að fjarlægja %1 af miðlaranum</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>Ekki tókst að vista %1: %2</translation>
    </message>
    <message>
        <source>Wellbeing Score</source>
        <translation>Vellíðunarskor</translation>
    </message>
    <message>
        <source>A professional no longer in Rapport</source>
        <translation>Fagaðili sem er ekki lengur í Rapport</translation>
    </message>
    <message>
        <source>Started sharing</source>
        <translation>Byrjaði að deila</translation>
    </message>
    <message>
        <source>Stopped sharing</source>
        <translation>Hætti að deila</translation>
    </message>
    <message>
        <source>Connection with %1</source>
        <translation>Tenging við %1</translation>
    </message>
    <message>
        <source>a professional</source>
        <translation>fagaðila</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Samþykkt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Hafnað</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Dagsetning (UTC)</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Spurningalisti</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Niðurstaða</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svör</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Breyting</translation>
    </message>
    <message>
        <source>Sharing afterwards</source>
        <translation>Deiling á eftir</translation>
    </message>
    <message>
        <source>Quiet hours start and end on the hour.</source>
        <translation>Næðistími byrjar og endar á heila tímanum.</translation>
    </message>
    <message>
        <source>%1: the hub is older than this Rapport; run rapport-cli hub init as its owner to upgrade it (%2)</source>
        <translation>%1: miðstöðin er eldri en þetta Rapport; keyrðu rapport-cli hub init sem eigandi hennar til að uppfæra hana (%2)</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate authority %1 cannot be read: %2</source>
        <translation>Ekki er hægt að lesa vottunaraðila miðstöðvarinnar %1: %2</translation>
    </message>
    <message>
        <source>Cannot invite %1</source>
        <translation>Ekki er hægt að bjóða %1</translation>
    </message>
    <message>
        <source>%1: an invitation is valid for 1 to 90 days, not %2.</source>
        <translation>%1: boð gildir í 1 til 90 daga, ekki %2.</translation>
    </message>
    <message>
        <source>%1: there is no such person on the hub.</source>
        <translation>%1: enginn slíkur einstaklingur er á miðstöðinni.</translation>
    </message>
    <message>
        <source>Cannot list the invitations</source>
        <translation>Ekki er hægt að birta boðin</translation>
    </message>
    <message>
        <source>Cannot revoke the invitation %1</source>
        <translation>Ekki er hægt að afturkalla boðið %1</translation>
    </message>
    <message>
        <source>This is not a Rapport invitation. Use the file or the code your administrator sent.</source>
        <translation>Þetta er ekki Rapport-boð. Notaðu skrána eða kóðann sem kerfisstjórinn sendi.</translation>
    </message>
    <message>
        <source>This invitation code is damaged: paste it again, whole.</source>
        <translation>Þessi boðskóði er skemmdur: límdu hann aftur inn í heild.</translation>
    </message>
    <message>
        <source>This invitation was made by a newer Rapport. Update Rapport, then open it again.</source>
        <translation>Þetta boð var búið til með nýrra Rapport. Uppfærðu Rapport og opnaðu það svo aftur.</translation>
    </message>
    <message>
        <source>This invitation is incomplete or damaged. Ask your administrator for a new one.</source>
        <translation>Þetta boð er ófullkomið eða skemmt. Biddu kerfisstjórann um nýtt.</translation>
    </message>
    <message>
        <source>There is no invitation file at %1.</source>
        <translation>Engin boðsskrá er á %1.</translation>
    </message>
    <message>
        <source>The invitation %1 cannot be read: %2</source>
        <translation>Ekki er hægt að lesa boðið %1: %2</translation>
    </message>
    <message>
        <source>The invitation cannot be written to %1: %2</source>
        <translation>Ekki er hægt að skrifa boðið í %1: %2</translation>
    </message>
    <message>
        <source>Take back an unused invitation: its one-time secret stops working at once.</source>
        <translation>Afturkalla ónotað boð: einnota leyndarmál þess hættir strax að virka.</translation>
    </message>
    <message>
        <source>The invitation&apos;s id.</source>
        <translation>Auðkenni boðsins.</translation>
    </message>
    <message>
        <source>hub invitations revoke needs the invitation&apos;s id.</source>
        <translation>hub invitations revoke þarf auðkenni boðsins.</translation>
    </message>
    <message>
        <source>The invitation is revoked, unless it had been used already.</source>
        <translation>Boðið er afturkallað, nema það hafi þegar verið notað.</translation>
    </message>
    <message>
        <source>Invite a person of the hub to join from their own computer (as the hub owner or an admin login): writes an invitation file with the hub&apos;s address, the certificate authority to trust, the person&apos;s login and a one-time secret that expires, and prints the same invitation as a code to paste. The person opens it with Rapport (Join an organisation) or rapport-cli hub join --invitation, and sets their own password. A new invitation replaces the person&apos;s hub password and their open invitations.</source>
        <translation>Bjóða einstaklingi á miðstöðinni að tengjast úr eigin tölvu (sem eigandi miðstöðvarinnar eða með stjórnandainnskráningu): skrifar boðsskrá með vistfangi miðstöðvarinnar, vottunaraðilanum sem á að treysta, innskráningu einstaklingsins og einnota leyndarmáli sem rennur út, og prentar sama boð sem kóða til að líma inn. Einstaklingurinn opnar það með Rapport (Ganga í stofnun) eða rapport-cli hub join --invitation og velur eigið lykilorð. Nýtt boð kemur í stað lykilorðs einstaklingsins á miðstöðinni og opinna boða hans.</translation>
    </message>
    <message>
        <source>Where to write the invitation file.</source>
        <translation>Hvert á að skrifa boðsskrána.</translation>
    </message>
    <message>
        <source>How many days the invitation works (1 to 90; default %1).</source>
        <translation>Hve marga daga boðið virkar (1 til 90; sjálfgefið %1).</translation>
    </message>
    <message>
        <source>The certificate authority (PEM) that signed the hub&apos;s certificate; default: the sslrootcert of RAPPORT_HUB_URL.</source>
        <translation>Vottunaraðilinn (PEM) sem undirritaði skilríki miðstöðvarinnar; sjálfgefið: sslrootcert úr RAPPORT_HUB_URL.</translation>
    </message>
    <message>
        <source>hub invite needs --person ID and --out FILE.</source>
        <translation>hub invite þarf --person ID og --out FILE.</translation>
    </message>
    <message>
        <source>--days takes a whole number of days.</source>
        <translation>--days tekur heila tölu daga.</translation>
    </message>
    <message>
        <source>The certificate %1 cannot be read: %2</source>
        <translation>Ekki er hægt að lesa skilríkin %1: %2</translation>
    </message>
    <message>
        <source>Invitation for %1 written to %2; it works once, until %3. Hand it to them only. The same invitation as a code:</source>
        <translation>Boð fyrir %1 skrifað í %2; það virkar einu sinni, til %3. Afhentu það aðeins viðkomandi. Sama boð sem kóði:</translation>
    </message>
    <message>
        <source>List the hub&apos;s invitations and what became of each (open, used, expired, revoked), as the hub owner or an admin login. hub invitations revoke ID takes one back.</source>
        <translation>Birta boð miðstöðvarinnar og hvað varð um hvert þeirra (opið, notað, útrunnið, afturkallað), sem eigandi miðstöðvarinnar eða með stjórnandainnskráningu. hub invitations revoke ID afturkallar eitt.</translation>
    </message>
    <message>
        <source>your administrator</source>
        <translation>kerfisstjórann</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made for the hub&apos;s certificate.</source>
        <translation>Ekki er hægt að búa til möppuna %1 fyrir skilríki miðstöðvarinnar.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate cannot be saved to %1: %2</source>
        <translation>Ekki er hægt að vista skilríki miðstöðvarinnar í %1: %2</translation>
    </message>
    <message>
        <source>This invitation expired on %1. Ask %2 for a new one.</source>
        <translation>Þetta boð rann út %1. Biddu %2 um nýtt.</translation>
    </message>
    <message>
        <source>Your hub password needs at least 8 characters.</source>
        <translation>Lykilorðið þitt á miðstöðinni þarf að minnsta kosti 8 stafi.</translation>
    </message>
    <message>
        <source>This invitation no longer works: it has been used, revoked, or replaced by a newer one. Ask %1 for a new invitation.</source>
        <translation>Þetta boð virkar ekki lengur: það hefur verið notað, afturkallað eða nýrra boð komið í staðinn. Biddu %1 um nýtt boð.</translation>
    </message>
    <message>
        <source>The hub answered for another person than the invitation&apos;s.</source>
        <translation>Miðstöðin svaraði fyrir annan einstakling en þann sem boðið er fyrir.</translation>
    </message>
    <message>
        <source>This invitation is no longer open on the hub. Ask %1 for a new one.</source>
        <translation>Þetta boð er ekki lengur opið á miðstöðinni. Biddu %1 um nýtt.</translation>
    </message>
    <message>
        <source>An invitation file from your administrator (- for stdin).</source>
        <translation>Boðsskrá frá kerfisstjóranum (- fyrir staðalinntak).</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>Ekki er hægt að lesa staðalinntak.</translation>
    </message>
    <message>
        <source>Put your new hub password (at least 8 characters) in RAPPORT_HUB_NEW_PASSWORD; it replaces the invitation&apos;s one-time secret.</source>
        <translation>Settu nýja lykilorðið þitt á miðstöðinni (að minnsta kosti 8 stafi) í RAPPORT_HUB_NEW_PASSWORD; það kemur í stað einnota leyndarmáls boðsins.</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>Engin lyklakippa kerfisins er tiltæk.</translation>
    </message>
    <message>
        <source>The passphrase for automatic backups is in the system keychain, which cannot be read now (%1). Unlock the keychain, or set a new passphrase for automatic backups.</source>
        <translation>Lykilorðið fyrir sjálfvirk öryggisafrit er í lyklakippu kerfisins, sem ekki er hægt að lesa núna (%1). Opnaðu lyklakippuna eða veldu nýtt lykilorð fyrir sjálfvirk öryggisafrit.</translation>
    </message>
    <message>
        <source>The passphrase for automatic backups is no longer in the system keychain. Set a new one for automatic backups.</source>
        <translation>Lykilorðið fyrir sjálfvirk öryggisafrit er ekki lengur í lyklakippu kerfisins. Veldu nýtt fyrir sjálfvirk öryggisafrit.</translation>
    </message>
    <message>
        <source>HR overview for %1, published %2; the next month&apos;s figures follow on %3 (groups of at least %4 people)</source>
        <translation>Yfirlit mannauðsdeildar fyrir %1, birt %2; tölur næsta mánaðar koma %3 (hópar með að minnsta kosti %4 manns)</translation>
    </message>
    <message>
        <source>No month with answers has closed yet: the first HR figures are published on %1 (groups of at least %2 people)</source>
        <translation>Enginn mánuður með svörum er liðinn enn: fyrstu tölur mannauðsdeildar birtast %1 (hópar með að minnsta kosti %2 manns)</translation>
    </message>
    <message>
        <source>Took part in the month (a Wellbeing Index): %1</source>
        <translation>Tóku þátt í mánuðinum (vellíðunarkvarði): %1</translation>
    </message>
    <message>
        <source>Do not read or remember the hub password in the system keychain.</source>
        <translation>Hvorki lesa lykilorð miðlarans úr lyklakippu kerfisins né geyma það þar.</translation>
    </message>
    <message>
        <source>Join this store (made with rapport-cli init) to the hub person whose login is in RAPPORT_HUB_URL, and pull what they may see. The hub password comes from PGPASSWORD, ~/.pgpass or PGPASSFILE. With --invitation, the hub, the login and a one-time secret come from an invitation (a file, or - to read a file or code from standard input), and your own new hub password from RAPPORT_HUB_NEW_PASSWORD replaces the secret; it is remembered in the system keychain, where there is one, unless you give --no-keychain.</source>
        <translation>Tengja þessa gagnageymslu (búna til með rapport-cli init) við einstaklinginn á miðstöðinni sem á innskráninguna í RAPPORT_HUB_URL og sækja það sem hann má sjá. Lykilorð miðstöðvarinnar kemur úr PGPASSWORD, ~/.pgpass eða PGPASSFILE. Með --invitation koma miðstöðin, innskráningin og einnota leyndarmál úr boði (skrá, eða - til að lesa skrá eða kóða af staðalinntaki), og nýja lykilorðið þitt úr RAPPORT_HUB_NEW_PASSWORD kemur í stað leyndarmálsins; það er geymt í lyklakippu kerfisins þar sem hún er til, nema þú gefir --no-keychain.</translation>
    </message>
    <message>
        <source>Your hub password is remembered in the system keychain; rapport-cli sync and Rapport use it from there.</source>
        <translation>Lykilorðið þitt á miðlaranum er geymt í lyklakippu kerfisins; rapport-cli sync og Rapport sækja það þangað.</translation>
    </message>
    <message>
        <source>Your hub password is not remembered (no system keychain, or --no-keychain): give it to rapport-cli sync with PGPASSWORD, ~/.pgpass or PGPASSFILE; Rapport asks for it.</source>
        <translation>Lykilorðið þitt á miðlaranum er ekki geymt (engin lyklakippa kerfisins, eða --no-keychain): gefðu rapport-cli sync það með PGPASSWORD, ~/.pgpass eða PGPASSFILE; Rapport biður um það.</translation>
    </message>
    <message>
        <source>Send what this store&apos;s person owns that the hub lacks, and take in what the hub lets them see. An unreachable hub exits with code 7 and loses nothing. The hub password comes from PGPASSWORD, else from the system keychain (where hub join --invitation or Rapport remembered it), else from ~/.pgpass or PGPASSFILE.</source>
        <translation>Senda það sem manneskja þessa gagnasafns á og miðlarann vantar, og taka við því sem miðlarinn leyfir henni að sjá. Ef ekki næst samband við miðlarann lýkur skipunin með kóða 7 og ekkert tapast. Lykilorð miðlarans kemur úr PGPASSWORD, annars úr lyklakippu kerfisins (þar sem hub join --invitation eða Rapport geymdi það), annars úr ~/.pgpass eða PGPASSFILE.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused.</source>
        <translation>Aðgangi að lyklakippu kerfisins var hafnað.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>Lyklakippa kerfisins neitaði um aðgang: %1</translation>
    </message>
    <message>
        <source>The entry could not be removed from the system keychain: %1</source>
        <translation>Ekki tókst að fjarlægja færsluna úr lyklakippu kerfisins: %1</translation>
    </message>
    <message>
        <source>No system keychain is available: %1</source>
        <translation>Engin lyklakippa kerfisins er tiltæk: %1</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>Lyklakippa kerfisins svaraði ekki í tæka tíð.</translation>
    </message>
    <message>
        <source>This Rapport was built without support for the system keychain.</source>
        <translation>Þetta Rapport var byggt án stuðnings við lyklakippu kerfisins.</translation>
    </message>
    <message>
        <source>The hub did not say its minimum group size.</source>
        <translation>Miðlægi þjónninn gaf ekki upp minnstu hópstærð sína.</translation>
    </message>
    <message>
        <source>The minimum group size is a whole number from %1 to %2.</source>
        <translation>Minnsta hópstærð er heil tala frá %1 til %2.</translation>
    </message>
    <message>
        <source>Cannot change %1 on the hub</source>
        <translation>Ekki er hægt að breyta %1 á miðlæga þjóninum</translation>
    </message>
    <message>
        <source>%1: the name is empty.</source>
        <translation>%1: nafnið er autt.</translation>
    </message>
    <message>
        <source>%1: nobody on the hub has this id.</source>
        <translation>%1: enginn á miðlæga þjóninum hefur þetta auðkenni.</translation>
    </message>
    <message>
        <source>Rename a person on the hub or change their team (as the hub owner or an admin login); the next syncs carry it to every store.</source>
        <translation>Endurnefna einstakling á miðlæga þjóninum eða breyta teymi hans (sem eigandi þjónsins eða með innskráningu kerfisstjóra); næstu samstillingar bera það í hverja geymslu.</translation>
    </message>
    <message>
        <source>The new name (default: unchanged).</source>
        <translation>Nýja nafnið (sjálfgefið: óbreytt).</translation>
    </message>
    <message>
        <source>The new team; an empty value removes the team (default: unchanged).</source>
        <translation>Nýja teymið; autt gildi fjarlægir teymið (sjálfgefið: óbreytt).</translation>
    </message>
    <message>
        <source>hub person update needs PERSON_ID and --name or --team.</source>
        <translation>hub person update þarf PERSON_ID og --name eða --team.</translation>
    </message>
    <message>
        <source>Changed: %1, team %2.</source>
        <translation>Breytt: %1, teymi %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ekkert</translation>
    </message>
    <message>
        <source>Show or set the organisation&apos;s settings on the hub (as the hub owner or an admin login): the smallest group HR figures may stand on. A new value applies from the next published month.</source>
        <translation>Sýna eða stilla stillingar skipulagsheildarinnar á miðlæga þjóninum (sem eigandi þjónsins eða með innskráningu kerfisstjóra): minnsta hópinn sem tölur mannauðsdeildar mega byggja á. Nýtt gildi gildir frá næsta birta mánuði.</translation>
    </message>
    <message>
        <source>Set the minimum group size (%1 to %2).</source>
        <translation>Stilla minnstu hópstærð (%1 til %2).</translation>
    </message>
    <message>
        <source>hub settings takes no arguments.</source>
        <translation>hub settings tekur engin viðföng.</translation>
    </message>
    <message>
        <source>--minimum-group-size takes a whole number.</source>
        <translation>--minimum-group-size tekur heila tölu.</translation>
    </message>
    <message>
        <source>Minimum group size for HR figures: %1</source>
        <translation>Minnsta hópstærð fyrir tölur mannauðsdeildar: %1</translation>
    </message>
    <message>
        <source>Nobody on the hub has the id %1.</source>
        <translation>Enginn á miðlæga þjóninum hefur auðkennið %1.</translation>
    </message>
    <message>
        <source>Set up and administer a shared PostgreSQL hub (hub init|person add|remove|update|connect|connections|disconnect|invite|invitations|settings|join)</source>
        <translation>Setja upp og stjórna sameiginlegri PostgreSQL-miðstöð (hub init|person add|remove|update|connect|connections|disconnect|invite|invitations|settings|join)</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>frá %1</translation>
    </message>
    <message>
        <source>Remove a connection between a client and a professional (as the hub owner or an admin login): the professional reads nothing more of the client from now on, and the next syncs remove it from both computers. The ids are in hub connections.</source>
        <translation>Fjarlægja tengingu milli skjólstæðings og fagaðila (sem eigandi miðstöðvarinnar eða með stjórnandainnskráningu): fagaðilinn les ekkert meira um skjólstæðinginn héðan í frá og næstu samstillingar fjarlægja hana af báðum tölvum. Auðkennin eru í hub connections.</translation>
    </message>
    <message>
        <source>The connection&apos;s id on the hub.</source>
        <translation>Auðkenni tengingarinnar á miðstöðinni.</translation>
    </message>
    <message>
        <source>hub disconnect needs CONNECTION_ID.</source>
        <translation>hub disconnect þarf CONNECTION_ID.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid connection id.</source>
        <translation>„%1“ er ekki gilt auðkenni tengingar.</translation>
    </message>
    <message>
        <source>Removed: %1 and %2 are no longer connected.</source>
        <translation>Fjarlægt: %1 og %2 eru ekki lengur tengd.</translation>
    </message>
    <message>
        <source>The hub at %1 did not make an encrypted connection with a certificate Rapport could check: %2</source>
        <translation>Miðstöðin á %1 kom ekki á dulkóðaðri tengingu með skilríki sem Rapport gat staðfest: %2</translation>
    </message>
    <message>
        <source>Cannot remove the connection %1</source>
        <translation>Ekki er hægt að fjarlægja tenginguna %1</translation>
    </message>
    <message>
        <source>%1: the hub has no such connection.</source>
        <translation>%1: miðstöðin hefur enga slíka tengingu.</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address: the server&apos;s name, then a slash and the database, such as hub.example.org/rapport.</source>
        <translation>Sláðu inn vistfang miðstöðvarinnar: heiti þjónsins, svo skástrik og gagnagrunninn, t.d. hub.example.org/rapport.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hub address. Type the server&apos;s name, then a slash and the database, such as hub.example.org/rapport or hub.example.org:5432/rapport.</source>
        <translation>„%1“ er ekki vistfang miðstöðvar. Sláðu inn heiti þjónsins, svo skástrik og gagnagrunninn, t.d. hub.example.org/rapport eða hub.example.org:5432/rapport.</translation>
    </message>
    <message>
        <source>Say which database the hub lives in: add a slash and its name to the address, such as %1/rapport.</source>
        <translation>Tilgreindu í hvaða gagnagrunni miðstöðin er: bættu skástriki og heiti hans við vistfangið, t.d. %1/rapport.</translation>
    </message>
    <message>
        <source>Type the login that owns the hub&apos;s database.</source>
        <translation>Sláðu inn innskráninguna sem á gagnagrunn miðstöðvarinnar.</translation>
    </message>
    <message>
        <source>The CA certificate %1 cannot be read.</source>
        <translation>Ekki er hægt að lesa CA-skilríkið %1.</translation>
    </message>
    <message>
        <source>Type the password of %1.</source>
        <translation>Sláðu inn lykilorð %1.</translation>
    </message>
    <message>
        <source>The hub at %1 is on another computer: choose its CA certificate file (from whoever set up the server), so that Rapport can check it is talking to your hub and nobody on the way can read along.</source>
        <translation>Miðstöðin á %1 er á annarri tölvu: veldu skrána með CA-skilríki hennar (frá þeim sem setti upp þjóninn), svo Rapport geti gengið úr skugga um að það tali við þína miðstöð og enginn á leiðinni geti lesið með.</translation>
    </message>
    <message>
        <source>The hub at %1 refused the login %2: the password is wrong, the login or the database does not exist, or the server does not let this computer in. (%3)</source>
        <translation>Miðstöðin á %1 hafnaði innskráningunni %2: lykilorðið er rangt, innskráningin eða gagnagrunnurinn er ekki til, eða þjónninn hleypir þessari tölvu ekki inn. (%3)</translation>
    </message>
    <message>
        <source>The hub at %1 did not make an encrypted, checked connection: the server does not offer one, or its certificate was not signed by the CA certificate chosen. (%2)</source>
        <translation>Miðstöðin á %1 kom ekki á dulkóðaðri, staðfestri tengingu: þjónninn býður ekki upp á hana, eða skilríki hans var ekki undirritað með völdu CA-skilríki. (%2)</translation>
    </message>
    <message>
        <source>Nothing answers at %1: check the server&apos;s name and port, that the database server is running, and that this computer may reach it. (%2)</source>
        <translation>Ekkert svarar á %1: athugaðu heiti og gátt þjónsins, að gagnagrunnsþjónninn sé í gangi og að þessi tölva megi ná í hann. (%2)</translation>
    </message>
    <message>
        <source>%1 may log in, but does not own the database %2, so it cannot create or upgrade the hub. Use the login that owns the database. (%3)</source>
        <translation>%1 má skrá sig inn en á ekki gagnagrunninn %2 og getur því hvorki stofnað né uppfært miðstöðina. Notaðu innskráninguna sem á gagnagrunninn. (%3)</translation>
    </message>
    <message>
        <source>The hub has schema version %1, but %2 could not be made its administrator: %3</source>
        <translation>Miðstöðin er með skemaútgáfu %1, en ekki tókst að gera %2 að stjórnanda hennar: %3</translation>
    </message>
    <message>
        <source>The hub refused the questionnaire answered on %1 (%2). It stays in this store; this sync stopped at it.</source>
        <translation>Miðlarinn hafnaði spurningalistanum sem svarað var %1 (%2). Hann verður áfram í þessu gagnasafni; þessi samstilling stöðvaðist við hann.</translation>
    </message>
    <message>
        <source>This store is joined to a hub, which takes no answers dated before you were added to it (%1).</source>
        <translation>Þetta gagnasafn er tengt miðlara sem tekur ekki við svörum sem eru dagsett áður en þér var bætt við hann (%1).</translation>
    </message>
    <message>
        <source>The hub takes no alliance survey dated before the connection with this professional was made (%1).</source>
        <translation>Miðlarinn tekur ekki við tengslakönnun sem er dagsett áður en tengingin við þennan fagaðila var stofnuð (%1).</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>Ekki er hægt að búa til möppuna fyrir %1.</translation>
    </message>
    <message>
        <source>The login items in the registry cannot be changed.</source>
        <translation>Ekki er hægt að breyta innskráningarfærslunum í skrásetningunni.</translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2</source>
        <translation>Ekki er hægt að fjarlægja %1: %2</translation>
    </message>
    <message>
        <source>What HR records: interventions (hr intervention add|list|remove)</source>
        <translation>Það sem mannauður skráir: aðgerðir (hr intervention add|list|remove)</translation>
    </message>
    <message>
        <source>not by team</source>
        <translation>ekki eftir teymum</translation>
    </message>
    <message>
        <source>Interventions:</source>
        <translation>Aðgerðir:</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>engar skráðar</translation>
    </message>
    <message>
        <source>before %1–%2: wellbeing %3, alliance %4, %5 participants a month</source>
        <translation>fyrir %1–%2: vellíðan %3, meðferðarsamband %4, %5 þátttakendur á mánuði</translation>
    </message>
    <message>
        <source>after %1–%2: available after %3</source>
        <translation>eftir %1–%2: aðgengilegt eftir %3</translation>
    </message>
    <message>
        <source>after %1–%2: wellbeing %3, alliance %4, %5 participants a month</source>
        <translation>eftir %1–%2: vellíðan %3, meðferðarsamband %4, %5 þátttakendur á mánuði</translation>
    </message>
    <message>
        <source>answered in both: %1; improved %2, stable %3, declined %4</source>
        <translation>svöruðu í báðum: %1; bættu sig %2, stöðug %3, versnuðu %4</translation>
    </message>
    <message>
        <source>Caution: participation differs a lot between the two windows.</source>
        <translation>Varúð: þátttakan er mjög ólík milli tímabilanna tveggja.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 (expected YYYY-MM-DD).</source>
        <translation>„%1“ er ekki gild %2 (vænst: ÁÁÁÁ-MM-DD).</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>frá %1</translation>
    </message>
    <message>
        <source>the whole organisation</source>
        <translation>öll stofnunin</translation>
    </message>
    <message>
        <source>teams: %1</source>
        <translation>teymi: %1</translation>
    </message>
    <message>
        <source>Record an intervention: what the organisation did, when, and for whom.</source>
        <translation>Skrá aðgerð: hvað stofnunin gerði, hvenær og fyrir hverja.</translation>
    </message>
    <message>
        <source>List the interventions HR recorded.</source>
        <translation>Sýna aðgerðirnar sem mannauður skráði.</translation>
    </message>
    <message>
        <source>Remove an intervention recorded by mistake.</source>
        <translation>Fjarlægja aðgerð sem var skráð fyrir mistök.</translation>
    </message>
    <message>
        <source>The HR person or administrator recording it.</source>
        <translation>Starfsmaður mannauðs eða stjórnandi sem skráir hana.</translation>
    </message>
    <message>
        <source>What was done.</source>
        <translation>Hvað var gert.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Eitt af: %1.</translation>
    </message>
    <message>
        <source>The first day (YYYY-MM-DD).</source>
        <translation>Fyrsti dagurinn (ÁÁÁÁ-MM-DD).</translation>
    </message>
    <message>
        <source>The last day, if it has one (YYYY-MM-DD).</source>
        <translation>Síðasti dagurinn, ef hann er einhver (ÁÁÁÁ-MM-DD).</translation>
    </message>
    <message>
        <source>A team it was for (repeat for several; none: the whole organisation).</source>
        <translation>Teymi sem hún var fyrir (endurtakið fyrir fleiri; ekkert: öll stofnunin).</translation>
    </message>
    <message>
        <source>The intervention&apos;s id (see hr intervention list).</source>
        <translation>Auðkenni aðgerðarinnar (sjá hr intervention list).</translation>
    </message>
    <message>
        <source>usage: hr intervention list [--json]</source>
        <translation>notkun: hr intervention list [--json]</translation>
    </message>
    <message>
        <source>No interventions are recorded.</source>
        <translation>Engar aðgerðir eru skráðar.</translation>
    </message>
    <message>
        <source>hr intervention %1 needs --person (an HR person or an administrator).</source>
        <translation>hr intervention %1 þarf --person (starfsmann mannauðs eða stjórnanda).</translation>
    </message>
    <message>
        <source>usage: hr intervention remove --person ID ID</source>
        <translation>notkun: hr intervention remove --person ID ID</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>aðgerð</translation>
    </message>
    <message>
        <source>Removed the intervention.</source>
        <translation>Aðgerðin var fjarlægð.</translation>
    </message>
    <message>
        <source>usage: hr intervention add --person ID --title TEXT --kind KIND --start DATE [--end DATE] [--team NAME]...</source>
        <translation>notkun: hr intervention add --person ID --title TEXTI --kind TEGUND --start DAGS [--end DAGS] [--team NAFN]...</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;; expected one of: %2</source>
        <translation>óþekkt tegund „%1“; vænst eitt af: %2</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>upphafsdagsetning</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>lokadagsetning</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Skráð: %1</translation>
    </message>
    <message>
        <source>Manager check-ins</source>
        <translation>Samtöl við stjórnendur</translation>
    </message>
    <message>
        <source>Wellness sessions</source>
        <translation>Vellíðunarnámskeið</translation>
    </message>
    <message>
        <source>Provider change</source>
        <translation>Skipt um þjónustuaðila</translation>
    </message>
    <message>
        <source>Workload change</source>
        <translation>Breytt vinnuálag</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annað</translation>
    </message>
    <message>
        <source>Only HR people and administrators record interventions, and %1 is no one in this store.</source>
        <translation>Aðeins starfsfólk mannauðs og stjórnendur skrá aðgerðir, og %1 er enginn í þessari geymslu.</translation>
    </message>
    <message>
        <source>Only HR people and administrators record interventions.</source>
        <translation>Aðeins starfsfólk mannauðs og stjórnendur skrá aðgerðir.</translation>
    </message>
    <message>
        <source>An intervention needs a title.</source>
        <translation>Aðgerð þarf titil.</translation>
    </message>
    <message>
        <source>The title is %1 characters long; keep it to %2.</source>
        <translation>Titillinn er %1 stafir; hámarkið er %2.</translation>
    </message>
    <message>
        <source>An intervention needs a start date.</source>
        <translation>Aðgerð þarf upphafsdag.</translation>
    </message>
    <message>
        <source>The end date (%1) is before the start date (%2).</source>
        <translation>Lokadagur (%1) er á undan upphafsdegi (%2).</translation>
    </message>
    <message>
        <source>There is no team &apos;%1&apos;: no one in this store has a team yet.</source>
        <translation>Ekkert teymi „%1“ er til: enginn í þessari geymslu er enn í teymi.</translation>
    </message>
    <message>
        <source>There is no team &apos;%1&apos;. The teams are: %2.</source>
        <translation>Ekkert teymi „%1“ er til. Teymin eru: %2.</translation>
    </message>
    <message>
        <source>There is no intervention %1.</source>
        <translation>Engin aðgerð %1 er til.</translation>
    </message>
</context>
<context>
    <name>RapportUi</name>
    <message>
        <source>Rapport backups (*.rapport-backup);;All files (*)</source>
        <translation>Rapport-öryggisafrit (*.rapport-backup);;Allar skrár (*)</translation>
    </message>
    <message>
        <source>Export a backup</source>
        <translation>Flytja út öryggisafrit</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Veldu öryggisafrit</translation>
    </message>
    <message>
        <source>Where should the restored store go?</source>
        <translation>Hvert á endurheimta gagnasafnið að fara?</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Mappa fyrir sjálfvirk öryggisafrit</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Ekki tókst að skrifa %1</translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation>Ekki tókst að búa til möppuna %1</translation>
    </message>
    <message>
        <source>Could not create a temporary folder.</source>
        <translation>Ekki tókst að búa til tímabundna möppu.</translation>
    </message>
    <message>
        <source>otter kettle violet harbour</source>
        <translation>otur ketill fjóla höfn</translation>
    </message>
    <message>
        <source>The export for the screenshots did not finish.</source>
        <translation>Útflutningi fyrir skjámyndirnar lauk ekki.</translation>
    </message>
    <message>
        <source>The check for the screenshots did not finish.</source>
        <translation>Prófun fyrir skjámyndirnar lauk ekki.</translation>
    </message>
    <message>
        <source>not the passphrase</source>
        <translation>ekki lykilorðið</translation>
    </message>
    <message>
        <source>Passphrase for this backup</source>
        <translation>Lykilorð fyrir þetta öryggisafrit</translation>
    </message>
    <message>
        <source>Choose a passphrase for the backup. It is separate from the store&apos;s passphrase, and needed to verify or restore the backup: without it nobody, you included, can read the file.</source>
        <translation>Veldu lykilorð fyrir öryggisafritið. Það er óháð lykilorði gagnasafnsins og þarf til að prófa eða endurheimta afritið: án þess getur enginn lesið skrána, ekki heldur þú.</translation>
    </message>
    <message>
        <source>otter kettle</source>
        <translation>otur ketill</translation>
    </message>
    <message>
        <source>Confirm it is you</source>
        <translation>Staðfestu að þetta sért þú</translation>
    </message>
    <message>
        <source>To export a backup, type the passphrase of this Rapport store again.</source>
        <translation>Til að flytja út öryggisafrit skaltu slá aftur inn lykilorð þessa Rapport-gagnasafns.</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Rangt lykilorð</translation>
    </message>
    <message>
        <source>The backup is damaged</source>
        <translation>Öryggisafritið er skemmt</translation>
    </message>
    <message>
        <source>Not a Rapport backup</source>
        <translation>Ekki öryggisafrit frá Rapport</translation>
    </message>
    <message>
        <source>Made by a newer Rapport</source>
        <translation>Gert af nýrri útgáfu af Rapport</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Hætt við</translation>
    </message>
    <message>
        <source>Not enough disk space</source>
        <translation>Ekki nægt diskpláss</translation>
    </message>
    <message>
        <source>Something is already there</source>
        <translation>Eitthvað er þegar þar</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Skrá fannst ekki</translation>
    </message>
    <message>
        <source>The store is in use</source>
        <translation>Gagnasafnið er í notkun</translation>
    </message>
    <message>
        <source>Cannot write there</source>
        <translation>Ekki hægt að skrifa þangað</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Eitthvað fór úrskeiðis</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>óþekkt</translation>
    </message>
    <message>
        <source>Made by Rapport</source>
        <translation>Gert af Rapport</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Útgáfa skema</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Búið til</translation>
    </message>
    <message>
        <source>Rows in %1</source>
        <translation>Raðir í %1</translation>
    </message>
    <message numerus="yes">
        <source>Made on %1 by Rapport %2 (schema %3), %n rows in all.</source>
        <translation>
            <numerusform>Gert %1 af Rapport %2 (skema %3), %n röð alls.</numerusform>
            <numerusform>Gert %1 af Rapport %2 (skema %3), %n raðir alls.</numerusform>
        </translation>
    </message>
    <message>
        <source>The operation has not run.</source>
        <translation>Aðgerðin hefur ekki keyrt.</translation>
    </message>
    <message>
        <source>Restoring the backup over the current store…</source>
        <translation>Endurheimti öryggisafritið yfir núverandi gagnasafn…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hætta við</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Endurheimt</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Hætti við…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Öryggisafrit endurheimt</translation>
    </message>
    <message>
        <source>The store now holds the backup. %1</source>
        <translation>Gagnasafnið geymir nú öryggisafritið. %1</translation>
    </message>
    <message>
        <source>%1 The current store was left as it was.</source>
        <translation>%1 Núverandi gagnasafn var látið óbreytt.</translation>
    </message>
    <message>
        <source>No temporary folder for the demo: %1</source>
        <translation>Engin tímabundin mappa fyrir sýniútgáfuna: %1</translation>
    </message>
    <message>
        <source>Use several words that mean something only to you.</source>
        <translation>Notaðu nokkur orð sem hafa aðeins merkingu fyrir þig.</translation>
    </message>
    <message>
        <source>Too weak: use at least %1 characters, better a few unrelated words.</source>
        <translation>Of veikt: notaðu a.m.k. %1 stafi, helst nokkur óskyld orð.</translation>
    </message>
    <message>
        <source>Weak: add another word or two.</source>
        <translation>Veikt: bættu við einu eða tveimur orðum.</translation>
    </message>
    <message>
        <source>Fair: one more word would make it strong.</source>
        <translation>Sæmilegt: eitt orð í viðbót myndi gera það sterkt.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Sterkt.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Mjög sterkt.</translation>
    </message>
    <message>
        <source>Rapport — Professional view — %1 (demo)</source>
        <translation>Rapport — Fagaðilasýn — %1 (sýniútgáfa)</translation>
    </message>
    <message>
        <source>Rapport — demo</source>
        <translation>Rapport — sýniútgáfa</translation>
    </message>
    <message>
        <source>Alex Morgan</source>
        <translation>Alex Morgan</translation>
    </message>
    <message>
        <source>About your sessions with %1</source>
        <translation>Um tímana þína hjá %1</translation>
    </message>
    <message>
        <source>your professional</source>
        <translation>fagaðilinn þinn</translation>
    </message>
    <message>
        <source>Rapport: private wellbeing and professional-alliance tracking.</source>
        <translation>Rapport: vellíðan og samstarf við fagaðila, skráð í trúnaði.</translation>
    </message>
    <message>
        <source>Open the store at &lt;path&gt;.</source>
        <translation>Opna gagnasafnið í &lt;path&gt;.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>slóð</translation>
    </message>
    <message>
        <source>Use the questionnaire definitions in &lt;dir&gt;.</source>
        <translation>Nota skilgreiningar spurningalista í &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>mappa</translation>
    </message>
    <message>
        <source>Open a throwaway demo organisation (removed on exit).</source>
        <translation>Opna sýniskipulagsheild sem má henda (fjarlægð við lokun).</translation>
    </message>
    <message>
        <source>Write pictures of each main screen to &lt;dir&gt; and exit.</source>
        <translation>Skrifa myndir af hverjum aðalskjá í &lt;dir&gt; og hætta.</translation>
    </message>
    <message>
        <source>Open in the mode of &lt;role&gt;: client, professional, hr or admin (with --person; with --demo, as one of the demo&apos;s people in that role).</source>
        <translation>Opna í ham &lt;role&gt;: client, professional, hr eða admin (með --person; með --demo sem einn af einstaklingum sýniútgáfunnar í því hlutverki).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>hlutverk</translation>
    </message>
    <message>
        <source>Open as the person with &lt;id&gt;, who must have the role given by --mode.</source>
        <translation>Opna sem einstaklingurinn með &lt;id&gt;, sem verður að hafa hlutverkið sem --mode tilgreinir.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>auðkenni</translation>
    </message>
    <message>
        <source>Show Rapport in &lt;language&gt; for this run: system, en (English), de (German) or is (Icelandic).</source>
        <translation>Sýna Rapport á &lt;language&gt; í þessari keyrslu: system, en (enska), de (þýska) eða is (íslenska).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>tungumál</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Óvænt viðfang: %1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use system, en, de or is.</source>
        <translation>Óþekkt tungumál „%1“: notaðu system, en, de eða is.</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;: use client, professional, hr or admin.</source>
        <translation>Óþekktur hamur „%1“: notaðu client, professional, hr eða admin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a person id (rapport-cli person list shows them).</source>
        <translation>„%1“ er ekki auðkenni einstaklings (rapport-cli person list sýnir þau).</translation>
    </message>
    <message>
        <source>--person needs --mode, e.g. --mode professional.</source>
        <translation>--person þarf --mode, t.d. --mode professional.</translation>
    </message>
    <message>
        <source>--mode needs --person ID (or --demo).</source>
        <translation>--mode þarf --person ID (eða --demo).</translation>
    </message>
    <message>
        <source>%1 could not be deleted.</source>
        <translation>Ekki tókst að eyða %1.</translation>
    </message>
    <message>
        <source>Writes the HR (organisation) report: aggregated, anonymised figures with charts and a guide.</source>
        <translation>Skrifar mannauðsskýrsluna (skipulagsheild): samanteknar, ópersónugreindar tölur með gröfum og leiðbeiningum.</translation>
    </message>
    <message>
        <source>The report to write (only &apos;hr&apos; exists).</source>
        <translation>Skýrslan sem á að skrifa (aðeins „hr“ er til).</translation>
    </message>
    <message>
        <source>Write the report as a PDF to FILE.</source>
        <translation>Skrifa skýrsluna sem PDF í FILE.</translation>
    </message>
    <message>
        <source>report takes one word, &apos;hr&apos; (report hr --pdf FILE).</source>
        <translation>report tekur eitt orð, „hr“ (report hr --pdf FILE).</translation>
    </message>
    <message>
        <source>report hr needs --pdf FILE.</source>
        <translation>report hr þarf --pdf FILE.</translation>
    </message>
    <message>
        <source>report hr needs a GUI application to draw its charts.</source>
        <translation>report hr þarf myndrænt forrit til að teikna gröfin.</translation>
    </message>
    <message>
        <source>Wrote the HR report to %1</source>
        <translation>Mannauðsskýrslan var skrifuð í %1</translation>
    </message>
    <message>
        <source>Printable reports (report hr --pdf FILE: the anonymised HR figures with charts)</source>
        <translation>Prenthæfar skýrslur (report hr --pdf FILE: ópersónugreindu mannauðstölurnar með gröfum)</translation>
    </message>
    <message>
        <source>Direction of each person&apos;s trend</source>
        <translation>Stefna þróunar hvers og eins</translation>
    </message>
    <message>
        <source>Organisation overview</source>
        <translation>Yfirlit skipulagsheildar</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Þátttaka</translation>
    </message>
    <message>
        <source>Employees in the programme</source>
        <translation>Starfsfólk í verkefninu</translation>
    </message>
    <message numerus="yes">
        <source>Took part in the last %n days</source>
        <translation>
            <numerusform>Tóku þátt síðasta %n dag</numerusform>
            <numerusform>Tóku þátt síðustu %n daga</numerusform>
        </translation>
    </message>
    <message>
        <source>Participation rate</source>
        <translation>Þátttökuhlutfall</translation>
    </message>
    <message>
        <source>Trends of people who answered more than once</source>
        <translation>Þróun hjá þeim sem svöruðu oftar en einu sinni</translation>
    </message>
    <message>
        <source>People with more than one answer</source>
        <translation>Fólk með fleiri en eitt svar</translation>
    </message>
    <message>
        <source>Wellbeing over time</source>
        <translation>Vellíðan yfir tíma</translation>
    </message>
    <message>
        <source>%1 (%2 people)</source>
        <translation>%1 (%2 manns)</translation>
    </message>
    <message>
        <source>No months yet.</source>
        <translation>Engir mánuðir enn.</translation>
    </message>
    <message>
        <source>Professional Alliance</source>
        <translation>Samstarf við fagaðila</translation>
    </message>
    <message>
        <source>Average Professional Alliance score</source>
        <translation>Meðalskor samstarfs við fagaðila</translation>
    </message>
    <message>
        <source>%1 (dimension average)</source>
        <translation>%1 (meðaltal víddar)</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>Eftir teymum</translation>
    </message>
    <message>
        <source>No teams are recorded for the employees in the programme.</source>
        <translation>Engin teymi eru skráð fyrir starfsfólk í verkefninu.</translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation>Hvernig á að lesa þessa skýrslu</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Ekki er hægt að skrifa %1: %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Improving</source>
        <translation>Batnar</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stöðugt</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>Versnar</translation>
    </message>
    <message>
        <source>Fewer than %1 employees have answered a Wellbeing Index so far, so every figure on this page is hidden to protect them. Figures appear once at least %1 people have taken part.</source>
        <translation>Færri en %1 starfsmenn hafa svarað vellíðunarkvarðanum enn sem komið er, svo allar tölur á þessari síðu eru faldar til að vernda þá. Tölur birtast þegar a.m.k. %1 manns hafa tekið þátt.</translation>
    </message>
    <message>
        <source>Caution: fewer than 30 % of employees have taken part. With low participation the figures may not represent the organisation, so read them with care and encourage people to take part.</source>
        <translation>Athugið: færri en 30 % starfsfólks hafa tekið þátt. Við litla þátttöku endurspegla tölurnar ekki endilega skipulagsheildina, svo lesið þær með varúð og hvetjið fólk til þátttöku.</translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation>Hvað tölurnar þýða</translation>
    </message>
    <message>
        <source>How strongly employees feel they trust and work well with their therapist or coach: the bond, the partnership on goals and tasks, and their confidence in the support.</source>
        <translation>Hversu sterkt starfsfólk upplifir að það treysti meðferðaraðila sínum eða markþjálfa og vinni vel með honum: tengslin, samvinnan um markmið og verkefni og trúin á stuðninginn.</translation>
    </message>
    <message>
        <source>Reading a decline</source>
        <translation>Að lesa úr lækkun</translation>
    </message>
    <message>
        <source>A steady fall in wellbeing can point to stress, heavy workloads or burnout, or to a restructuring or low morale. Look at what changed in that period.</source>
        <translation>Stöðug lækkun vellíðanar getur bent til streitu, mikils álags eða kulnunar, eða til endurskipulagningar eða lítils starfsanda. Skoðið hvað breyttist á því tímabili.</translation>
    </message>
    <message>
        <source>Reading a low alliance</source>
        <translation>Að lesa úr veiku samstarfi</translation>
    </message>
    <message>
        <source>A low or falling alliance suggests that employees and their providers are not a good fit. Consider reviewing provider assignments or training.</source>
        <translation>Veikt eða dvínandi samstarf bendir til þess að starfsfólk og þjónustuaðilar þess eigi ekki vel saman. Íhugið að endurskoða úthlutun þjónustuaðila eða þjálfun.</translation>
    </message>
    <message>
        <source>Signals, not verdicts</source>
        <translation>Vísbendingar, ekki dómar</translation>
    </message>
    <message>
        <source>These figures are signals and support tools, never performance metrics. Cross-check them with other HR information (absence, turnover, staff surveys) and with conversations before acting. After acting (manager check-ins, wellness sessions, a change of provider), measure again and watch how the figures move.</source>
        <translation>Þessar tölur eru vísbendingar og stuðningstæki, aldrei frammistöðumælikvarðar. Berið þær saman við aðrar mannauðsupplýsingar (fjarvistir, starfsmannaveltu, starfsmannakannanir) og við samtöl áður en gripið er til aðgerða. Mælið aftur eftir aðgerðir (samtöl stjórnenda, heilsueflingu, skipti á þjónustuaðila) og fylgist með hvernig tölurnar breytast.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Persónuvernd</translation>
    </message>
    <message>
        <source>Nobody&apos;s own answers are visible here. A figure that would come from fewer than %1 people reads &quot;%2&quot;. Low participation can skew the results, and sudden events take time to show.</source>
        <translation>Svör einstaklinga eru hvergi sýnileg hér. Tala sem byggði á færri en %1 manns birtist sem „%2“. Lítil þátttaka getur skekkt niðurstöður og skyndilegir atburðir koma ekki strax fram.</translation>
    </message>
    <message>
        <source>Unlock at start with the first line of &lt;file&gt; instead of asking (for unattended runs).</source>
        <translation>Aflæsa við ræsingu með fyrstu línu &lt;skrá&gt; í stað þess að spyrja (fyrir keyrslur án eftirlits).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>skrá</translation>
    </message>
    <message>
        <source>Use the &lt;scheme&gt; colours: system (the default), light or dark.</source>
        <translation>Nota litina í &lt;þema&gt;: system (sjálfgefið), light eða dark.</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>þema</translation>
    </message>
    <message>
        <source>Unknown palette &quot;%1&quot;: use system, light or dark.</source>
        <translation>Óþekkt litaspjald „%1“: notaðu system, light eða dark.</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Síðast samstillt: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ekki samstillt enn</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Samstilli…</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Samstillt: %1</translation>
    </message>
    <message>
        <source>Offline — last synced %1</source>
        <translation>Ótengt — síðast samstillt: %1</translation>
    </message>
    <message>
        <source>Offline — not synced yet</source>
        <translation>Ótengt — ekki samstillt enn</translation>
    </message>
    <message>
        <source>Sync needs the hub password</source>
        <translation>Samstilling þarf lykilorð miðlarans</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Samstilling mistókst</translation>
    </message>
    <message numerus="yes">
        <source>The hub cannot be reached. Nothing is lost: %n change(s) wait on this computer and go at the next sync.</source>
        <translation>
            <numerusform>Ekki næst samband við miðlarann. Ekkert tapast: %n breyting bíður á þessari tölvu og fer við næstu samstillingu.</numerusform>
            <numerusform>Ekki næst samband við miðlarann. Ekkert tapast: %n breytingar bíða á þessari tölvu og fara við næstu samstillingu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub cannot be reached. Nothing is lost: changes wait on this computer and go at the next sync.</source>
        <translation>Ekki næst samband við miðlarann. Ekkert tapast: breytingar bíða á þessari tölvu og fara við næstu samstillingu.</translation>
    </message>
    <message>
        <source>Rapport syncs with your organisation&apos;s hub after unlocking, after each change and every few minutes. Sync now: F5.</source>
        <translation>Rapport samstillir við miðlara stofnunarinnar þinnar eftir aflæsingu, eftir hverja breytingu og á nokkurra mínútna fresti. Samstilla núna: F5.</translation>
    </message>
    <message>
        <source>Dana Brooks</source>
        <translation>Dana Brooks</translation>
    </message>
    <message>
        <source>Join the organisation of the invitation &lt;file&gt; your administrator sent (opening the file does the same).</source>
        <translation>Ganga í skipulagsheild boðsins &lt;file&gt; sem kerfisstjórinn þinn sendi (að opna skrána gerir það sama).</translation>
    </message>
    <message>
        <source>An invitation file (*.%1) to join an organisation with.</source>
        <translation>Boðsskrá (*.%1) til að ganga í skipulagsheild.</translation>
    </message>
    <message>
        <source>--join cannot be combined with --demo or --screenshot.</source>
        <translation>Ekki er hægt að nota --join með --demo eða --screenshot.</translation>
    </message>
    <message>
        <source>Choose Sync now (F5) to enter the hub password.</source>
        <translation>Veldu „Samstilla núna“ (F5) til að slá inn lykilorð miðlarans.</translation>
    </message>
    <message>
        <source>Participants by bracket of their score in the month</source>
        <translation>Þátttakendur eftir bili skors síns í mánuðinum</translation>
    </message>
    <message>
        <source>Took part in the month (a Wellbeing Index)</source>
        <translation>Tóku þátt í mánuðinum (vellíðunarkvarði)</translation>
    </message>
    <message>
        <source>Wellbeing in the month</source>
        <translation>Vellíðan í mánuðinum</translation>
    </message>
    <message>
        <source>Average of each participant&apos;s Wellbeing Index in the month</source>
        <translation>Meðaltal vellíðunarkvarða hvers þátttakanda í mánuðinum</translation>
    </message>
    <message>
        <source>only groups of at least %1 people are shown · no individual is ever shown</source>
        <translation>aðeins hópar með að minnsta kosti %1 manns eru sýndir · aldrei einstaklingur</translation>
    </message>
    <message>
        <source>No month with answers has closed yet: the first figures are published on %1 · %2</source>
        <translation>Enginn mánuður með svörum er liðinn enn: fyrstu tölurnar birtast %1 · %2</translation>
    </message>
    <message>
        <source>Figures for %1, published %2 · the figures for %3 follow on %4 · %5</source>
        <translation>Tölur fyrir %1, birtar %2 · tölurnar fyrir %3 koma %4 · %5</translation>
    </message>
    <message>
        <source>The Wellbeing Index is a short survey of how someone has felt recently; higher is better, and it is grouped into Poor, Moderate and Good. The figures are those of one closed month: each participant counts once, with the average of their answers in that month. A month&apos;s figures are published when it ends and never change afterwards. Trends compare each person&apos;s own answers over time and only count people who answered more than once.</source>
        <translation>Vellíðunarkvarðinn er stutt könnun á því hvernig fólki hefur liðið undanfarið; hærra er betra, og niðurstöðum er skipt í Lítil, Miðlungs og Góð. Tölurnar eru tölur eins liðins mánaðar: hver þátttakandi telst einu sinni, með meðaltali svara sinna í þeim mánuði. Tölur mánaðar eru birtar þegar hann er liðinn og breytast aldrei eftir það. Þróun ber saman eigin svör hvers og eins yfir tíma og telur aðeins þá sem svöruðu oftar en einu sinni.</translation>
    </message>
    <message>
        <source>Start minimised to the system tray, locked, only reminding (as started at login).</source>
        <translation>Ræsa lágmarkað í kerfisbakkanum, læst, aðeins til að minna á (eins og við ræsingu við innskráningu).</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AboutDialog</name>
    <message>
        <source>GNU LGPL version 3</source>
        <translation>GNU LGPL útgáfa 3</translation>
    </message>
    <message>
        <source>Qt (the GNU GPL version 3, which the LGPL supplements)</source>
        <translation>Qt (GNU GPL útgáfa 3, sem LGPL bætir við)</translation>
    </message>
    <message>
        <source>GNU GPL version 3</source>
        <translation>GNU GPL útgáfa 3</translation>
    </message>
    <message>
        <source>BSD-style (3-clause)</source>
        <translation>BSD-gerð (3 greinar)</translation>
    </message>
    <message>
        <source>ISC</source>
        <translation>ISC</translation>
    </message>
    <message>
        <source>CC0 1.0 (public domain dedication)</source>
        <translation>CC0 1.0 (afsal til almenningseignar)</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>Um Rapport</translation>
    </message>
    <message>
        <source>Rapport icon</source>
        <translation>Tákn Rapport</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rapport %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rapport %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Private wellbeing and professional-alliance tracking for employee wellbeing programmes. Your data stays encrypted on this computer; you decide what your professionals see.</source>
        <translation>Einkaskráning á vellíðan og samstarfi við fagaðila fyrir vellíðunarverkefni starfsfólks. Gögnin þín eru dulkóðuð á þessari tölvu; þú ákveður hvað fagaðilarnir þínir sjá.</translation>
    </message>
    <message>
        <source>Rapport is built with these components. Choose one to read its &amp;licence:</source>
        <translation>Rapport er byggt með þessum íhlutum. Veldu einn til að lesa &amp;notkunarleyfi hans:</translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation>Íhlutir frá þriðja aðila</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texti notkunarleyfis</translation>
    </message>
    <message>
        <source>The licence text is missing from this installation. It is at %1</source>
        <translation>Texta notkunarleyfisins vantar í þessa uppsetningu. Hann er á %1</translation>
    </message>
    <message>
        <source>BSD-style (2-clause)</source>
        <translation>BSD-gerð (2 greinar)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AdminPanel</name>
    <message>
        <source>Administration</source>
        <translation>Stjórnun</translation>
    </message>
    <message>
        <source>Backups of this Rapport store, and the people in it. Nobody&apos;s answers or scores are shown in this mode.</source>
        <translation>Öryggisafrit þessa Rapport-gagnasafns og fólkið í því. Engin svör eða skor eru sýnd í þessum ham.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Öryggisafrit</translation>
    </message>
    <message>
        <source>A backup is one encrypted file holding the whole store. It has its own passphrase, chosen when you export and separate from the store&apos;s: keep it safe, without it the backup cannot be restored.</source>
        <translation>Öryggisafrit er ein dulkóðuð skrá með öllu gagnasafninu. Það hefur eigið lykilorð, valið við útflutning og óháð lykilorði gagnasafnsins: geymdu það vel, án þess er ekki hægt að endurheimta afritið.</translation>
    </message>
    <message>
        <source>Export a backup…</source>
        <translation>Flytja út öryggisafrit…</translation>
    </message>
    <message>
        <source>Verify a backup…</source>
        <translation>Prófa öryggisafrit…</translation>
    </message>
    <message>
        <source>Restore into a new store…</source>
        <translation>Endurheimta í nýtt gagnasafn…</translation>
    </message>
    <message>
        <source>Restore over this store…</source>
        <translation>Endurheimta yfir þetta gagnasafn…</translation>
    </message>
    <message>
        <source>Replaces the data in use with a backup, after asking. The current store is kept until the restored one has been checked.</source>
        <translation>Skiptir gögnunum í notkun út fyrir öryggisafrit, eftir staðfestingu. Núverandi gagnasafn er geymt þar til endurheimta gagnasafnið hefur verið prófað.</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Sjálfvirk öryggisafrit</translation>
    </message>
    <message>
        <source>Back up automatically while Rapport is open</source>
        <translation>Taka öryggisafrit sjálfkrafa meðan Rapport er opið</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mappa öryggisafrita</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velja…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mappa:</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Daglega</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Vikulega</translation>
    </message>
    <message>
        <source>&amp;How often:</source>
        <translation>&amp;Hve oft:</translation>
    </message>
    <message>
        <source> newest backups</source>
        <translation> nýjustu öryggisafrit</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Geyma:</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Vista stillingar</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Taka afrit núna</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Fólk</translation>
    </message>
    <message>
        <source>Names and roles only: administrators manage people but never see anyone&apos;s answers or scores.</source>
        <translation>Aðeins nöfn og hlutverk: stjórnendur sjá um fólk en sjá aldrei svör eða skor nokkurs.</translation>
    </message>
    <message>
        <source>People in this store</source>
        <translation>Fólk í þessu gagnasafni</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Innskráð(ur) sem %1</translation>
    </message>
    <message>
        <source>The people could not be read: %1</source>
        <translation>Ekki tókst að lesa fólkið: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people in this store.</source>
        <translation>
            <numerusform>%n einstaklingur í þessu gagnasafni.</numerusform>
            <numerusform>%n einstaklingar í þessu gagnasafni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last automatic backup: none yet.</source>
        <translation>Síðasta sjálfvirka öryggisafrit: ekkert enn.</translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation>Slökkt er á sjálfvirkum öryggisafritum.</translation>
    </message>
    <message>
        <source>Last automatic backup: %1, succeeded: %2</source>
        <translation>Síðasta sjálfvirka öryggisafrit: %1, tókst: %2</translation>
    </message>
    <message>
        <source>Last automatic backup: %1, failed: %2</source>
        <translation>Síðasta sjálfvirka öryggisafrit: %1, mistókst: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Confirm it is you</source>
        <translation>Staðfestu að þetta sért þú</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>Ekkert var gert.</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Lykilorð öryggisafrits</translation>
    </message>
    <message>
        <source>Type the passphrase that was chosen when this backup was made.</source>
        <translation>Sláðu inn lykilorðið sem var valið þegar þetta öryggisafrit var gert.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hætta við</translation>
    </message>
    <message>
        <source>Rapport backup</source>
        <translation>Rapport-öryggisafrit</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Hætti við…</translation>
    </message>
    <message>
        <source>To export a backup, type the passphrase of this Rapport store again.</source>
        <translation>Til að flytja út öryggisafrit skaltu slá aftur inn lykilorð þessa Rapport-gagnasafns.</translation>
    </message>
    <message>
        <source>rapport-%1.rapport-backup</source>
        <translation>rapport-%1.rapport-backup</translation>
    </message>
    <message>
        <source>Passphrase for this backup</source>
        <translation>Lykilorð fyrir þetta öryggisafrit</translation>
    </message>
    <message>
        <source>Choose a passphrase for the backup. It is separate from the store&apos;s passphrase, and needed to verify or restore the backup: without it nobody, you included, can read the file.</source>
        <translation>Veldu lykilorð fyrir öryggisafritið. Það er óháð lykilorði gagnasafnsins og þarf til að prófa eða endurheimta afritið: án þess getur enginn lesið skrána, ekki heldur þú.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Skrifa öryggisafritið…</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Öryggisafrit skrifað</translation>
    </message>
    <message>
        <source>The whole store was written, encrypted, to %1.</source>
        <translation>Allt gagnasafnið var skrifað dulkóðað í %1.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Prófa öryggisafritið…</translation>
    </message>
    <message>
        <source>The backup is sound</source>
        <translation>Öryggisafritið er í lagi</translation>
    </message>
    <message>
        <source>%1: the passphrase opens it, every byte is authentic, and the store inside passed its integrity check with the schema and row counts below.</source>
        <translation>%1: lykilorðið opnar það, hvert bæti er ósvikið og gagnasafnið í því stóðst heilleikaprófun með skema og raðafjölda hér fyrir neðan.</translation>
    </message>
    <message>
        <source>To restore a backup, type the passphrase of this Rapport store again.</source>
        <translation>Til að endurheimta öryggisafrit skaltu slá aftur inn lykilorð þessa Rapport-gagnasafns.</translation>
    </message>
    <message>
        <source>%1-restored.%2</source>
        <translation>%1-endurheimt.%2</translation>
    </message>
    <message>
        <source>A Rapport store already exists at %1.</source>
        <translation>Rapport-gagnasafn er þegar til í %1.</translation>
    </message>
    <message>
        <source>Choose another place; restoring never writes over a store from here.</source>
        <translation>Veldu annan stað; endurheimt héðan skrifar aldrei yfir gagnasafn.</translation>
    </message>
    <message>
        <source>Passphrase for the restored store</source>
        <translation>Lykilorð fyrir endurheimta gagnasafnið</translation>
    </message>
    <message>
        <source>The restored store is locked with this passphrase. People will need it to open Rapport with the restored data.</source>
        <translation>Endurheimta gagnasafninu er læst með þessu lykilorði. Fólk þarf það til að opna Rapport með endurheimtu gögnunum.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Endurheimti öryggisafritið…</translation>
    </message>
    <message>
        <source>Backup restored into a new store</source>
        <translation>Öryggisafrit endurheimt í nýtt gagnasafn</translation>
    </message>
    <message>
        <source>The new store is at %1. To use it, start Rapport with --store &quot;%1&quot;.</source>
        <translation>Nýja gagnasafnið er í %1. Til að nota það skaltu ræsa Rapport með --store &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Restoring over the store in use is not available here.</source>
        <translation>Endurheimt yfir gagnasafnið í notkun er ekki í boði hér.</translation>
    </message>
    <message>
        <source>Restore into a new store instead.</source>
        <translation>Endurheimtu frekar í nýtt gagnasafn.</translation>
    </message>
    <message>
        <source>To restore a backup over this store, type the passphrase of this Rapport store again.</source>
        <translation>Til að endurheimta öryggisafrit yfir þetta gagnasafn skaltu slá aftur inn lykilorð þessa Rapport-gagnasafns.</translation>
    </message>
    <message>
        <source>The current store was not touched.</source>
        <translation>Ekki var hreyft við núverandi gagnasafni.</translation>
    </message>
    <message>
        <source>Replace the current store?</source>
        <translation>Skipta út núverandi gagnasafni?</translation>
    </message>
    <message>
        <source>%1

Everything in the current store is replaced by this backup; what changed since it was made is lost. Rapport closes the store to do this. The current store is kept as a dated copy until the restored one has been checked, and is left as it was if anything fails.</source>
        <translation>%1

Öllu í núverandi gagnasafni er skipt út fyrir þetta öryggisafrit; það sem hefur breyst síðan það var gert glatast. Rapport lokar gagnasafninu til að gera þetta. Núverandi gagnasafn er geymt sem dagsett afrit þar til endurheimta gagnasafnið hefur verið prófað, og er látið óbreytt ef eitthvað mistekst.</translation>
    </message>
    <message>
        <source>Replace the current store</source>
        <translation>Skipta út núverandi gagnasafni</translation>
    </message>
    <message>
        <source>The restored store is locked with this passphrase. To keep the current passphrase, type it here again.</source>
        <translation>Endurheimta gagnasafninu er læst með þessu lykilorði. Til að halda núverandi lykilorði skaltu slá það aftur inn hér.</translation>
    </message>
    <message>
        <source>Restoring over the current store</source>
        <translation>Endurheimt yfir núverandi gagnasafn</translation>
    </message>
    <message>
        <source>Rapport closes the store and restores the backup.</source>
        <translation>Rapport lokar gagnasafninu og endurheimtir öryggisafritið.</translation>
    </message>
    <message>
        <source>Choose a folder for the automatic backups.</source>
        <translation>Veldu möppu fyrir sjálfvirku öryggisafritin.</translation>
    </message>
    <message>
        <source>Passphrase for automatic backups</source>
        <translation>Lykilorð fyrir sjálfvirk öryggisafrit</translation>
    </message>
    <message>
        <source>Automatic backups are encrypted with this passphrase. It is kept inside the encrypted store so backups can run unattended; you need it to verify or restore them.</source>
        <translation>Sjálfvirk öryggisafrit eru dulkóðuð með þessu lykilorði. Það er geymt í dulkóðaða gagnasafninu svo afritun geti keyrt án eftirlits; þú þarft það til að prófa eða endurheimta afritin.</translation>
    </message>
    <message>
        <source>Not saved: automatic backups need a passphrase.</source>
        <translation>Ekki vistað: sjálfvirk öryggisafrit þurfa lykilorð.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ekki vistað: %1</translation>
    </message>
    <message>
        <source>Saved: automatic backups are on.</source>
        <translation>Vistað: kveikt er á sjálfvirkum öryggisafritum.</translation>
    </message>
    <message>
        <source>Saved: automatic backups are off.</source>
        <translation>Vistað: slökkt er á sjálfvirkum öryggisafritum.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The passphrase for automatic backups is kept in the system keychain.</source>
        <translation>Lykilorðið fyrir sjálfvirk öryggisafrit er geymt í lyklakippu kerfisins.</translation>
    </message>
    <message>
        <source>The passphrase for automatic backups goes into the system keychain when it is set or next used.</source>
        <translation>Lykilorðið fyrir sjálfvirk öryggisafrit fer í lyklakippu kerfisins þegar það er valið eða næst notað.</translation>
    </message>
    <message>
        <source>No system keychain is available here, so the passphrase for automatic backups is kept inside the encrypted store.</source>
        <translation>Engin lyklakippa kerfisins er tiltæk hér, svo lykilorðið fyrir sjálfvirk öryggisafrit er geymt í dulkóðaða gagnasafninu.</translation>
    </message>
    <message>
        <source>Automatic backups are encrypted with this passphrase. It is kept in the system keychain so backups can run unattended; you need it to verify or restore them.</source>
        <translation>Sjálfvirk öryggisafrit eru dulkóðuð með þessu lykilorði. Það er geymt í lyklakippu kerfisins svo afritun geti keyrt án eftirlits; þú þarft það til að prófa eða endurheimta afritin.</translation>
    </message>
    <message>
        <source>The organisation&apos;s hub</source>
        <translation>Miðstöð fyrirtækisins</translation>
    </message>
    <message>
        <source>For the hub&apos;s owner: create the hub in a new database, or upgrade it after installing a newer Rapport.</source>
        <translation>Fyrir eiganda miðstöðvarinnar: stofna miðstöðina í nýjum gagnagrunni eða uppfæra hana eftir uppsetningu nýrra Rapport.</translation>
    </message>
    <message>
        <source>Create or &amp;upgrade the hub…</source>
        <translation>Stofna eða &amp;uppfæra miðstöðina…</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AdminPeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nafn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Hlutverk</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Teymi</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Bætt við</translation>
    </message>
</context>
<context>
    <name>rapport::ui::BackupPassphraseDialog</name>
    <message>
        <source>New passphrase</source>
        <translation>Nýtt lykilorð</translation>
    </message>
    <message>
        <source>Confirm the new passphrase</source>
        <translation>Staðfestu nýja lykilorðið</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Styrkur lykilorðs</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lykilorð:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Staðfesta:</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Nota þetta lykilorð</translation>
    </message>
    <message>
        <source>Type the passphrase again.</source>
        <translation>Sláðu lykilorðið inn aftur.</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>Lykilorðin passa saman.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Lykilorðin passa ekki saman.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientDashboard</name>
    <message>
        <source>Your results are private. Professionals see a score only while you share it; your organisation never sees individual results.</source>
        <translation>Niðurstöður þínar eru trúnaðarmál. Fagaðilar sjá skor aðeins meðan þú deilir því; vinnustaðurinn þinn sér aldrei niðurstöður einstaklinga.</translation>
    </message>
    <message>
        <source>Log a session</source>
        <translation>Skrá tíma</translation>
    </message>
    <message>
        <source>After a session, rate how the work with your professional is going.</source>
        <translation>Eftir tíma geturðu metið hvernig samstarfið við fagaðilann þinn gengur.</translation>
    </message>
    <message>
        <source>Your professionals, exporting your data, deleting it.</source>
        <translation>Fagaðilarnir þínir, útflutningur gagna og eyðing þeirra.</translation>
    </message>
    <message>
        <source>My &amp;professionals…</source>
        <translation>&amp;Fagaðilarnir mínir…</translation>
    </message>
    <message>
        <source>Export my data as &amp;CSV…</source>
        <translation>Flytja gögnin mín út sem &amp;CSV…</translation>
    </message>
    <message>
        <source>Export a PDF &amp;report…</source>
        <translation>Flytja út PDF-&amp;skýrslu…</translation>
    </message>
    <message>
        <source>&amp;Delete all my data…</source>
        <translation>&amp;Eyða öllum gögnunum mínum…</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Meta líðan núna</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ekki núna</translation>
    </message>
    <message>
        <source>Hides this reminder. Rapport reminds you at most once a day.</source>
        <translation>Felur þessa áminningu. Rapport minnir þig á í mesta lagi einu sinni á dag.</translation>
    </message>
    <message>
        <source>Wellbeing Score</source>
        <translation>Vellíðunarskor</translation>
    </message>
    <message>
        <source>Wellbeing over time</source>
        <translation>Vellíðan yfir tíma</translation>
    </message>
    <message>
        <source>Chart of your Wellbeing Score over time</source>
        <translation>Graf af vellíðunarskori þínu yfir tíma</translation>
    </message>
    <message>
        <source>Professional Alliance over time</source>
        <translation>Samstarf við fagaðila yfir tíma</translation>
    </message>
    <message>
        <source>Chart of your Professional Alliance scores over time</source>
        <translation>Graf af skorum þínum fyrir samstarf við fagaðila yfir tíma</translation>
    </message>
    <message>
        <source>Your check-ins and surveys</source>
        <translation>Vellíðunarmöt þín og kannanir</translation>
    </message>
    <message>
        <source>You are not connected with a professional yet. Add one under My data → My professionals.</source>
        <translation>Þú ert ekki enn tengd(ur) fagaðila. Bættu honum við undir Gögnin mín → Fagaðilarnir mínir.</translation>
    </message>
    <message>
        <source>Trend: ↑ improving</source>
        <translation>Þróun: ↑ batnar</translation>
    </message>
    <message>
        <source>Trend: → stable</source>
        <translation>Þróun: → stöðugt</translation>
    </message>
    <message>
        <source>Trend: ↓ declining</source>
        <translation>Þróun: ↓ versnar</translation>
    </message>
    <message>
        <source>Trend: shown after your second result</source>
        <translation>Þróun: birtist eftir aðra niðurstöðu þína</translation>
    </message>
    <message>
        <source>today (%1)</source>
        <translation>í dag (%1)</translation>
    </message>
    <message>
        <source>yesterday (%1)</source>
        <translation>í gær (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago (%1)</source>
        <translation>
            <numerusform>fyrir %n degi (%1)</numerusform>
            <numerusform>fyrir %n dögum (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not available yet — complete your first Wellbeing check-in.</source>
        <translation>Ekki tiltækt enn — ljúktu fyrsta vellíðunarmatinu þínu.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Last check-in: %1</source>
        <translation>Síðasta vellíðunarmat: %1</translation>
    </message>
    <message>
        <source>Professional Alliance</source>
        <translation>Samstarf við fagaðila</translation>
    </message>
    <message>
        <source>Not available yet — you are not connected with a professional. Add yours under My data → My professionals, then complete the alliance survey after your next session.</source>
        <translation>Ekki tiltækt enn — þú ert ekki tengd(ur) fagaðila. Bættu þínum við undir Gögnin mín → Fagaðilarnir mínir og svaraðu svo samstarfskönnuninni eftir næsta tíma.</translation>
    </message>
    <message>
        <source>Professional Alliance with %1</source>
        <translation>Samstarf við fagaðila: %1</translation>
    </message>
    <message>
        <source>Not available yet — complete the alliance survey after your next session.</source>
        <translation>Ekki tiltækt enn — svaraðu samstarfskönnuninni eftir næsta tíma.</translation>
    </message>
    <message>
        <source>on a scale from %1 to %2</source>
        <translation>á kvarðanum %1 til %2</translation>
    </message>
    <message>
        <source>Last survey: %1</source>
        <translation>Síðasta könnun: %1</translation>
    </message>
    <message>
        <source>One of your professionals</source>
        <translation>Einn af fagaðilunum þínum</translation>
    </message>
    <message>
        <source>%1 asks you to share your Professional Alliance score.</source>
        <translation>%1 biður þig að deila skori þínu fyrir samstarf við fagaðila.</translation>
    </message>
    <message>
        <source>%1 asks you to share your Wellbeing score.</source>
        <translation>%1 biður þig að deila vellíðunarskori þínu.</translation>
    </message>
    <message>
        <source>Time for a Wellbeing check-in: your last one was %1. Checking in every two to three weeks shows how you are doing over time.</source>
        <translation>Tími fyrir vellíðunarmat: síðasta matið var %1. Mat á tveggja til þriggja vikna fresti sýnir hvernig þér líður yfir tíma.</translation>
    </message>
    <message>
        <source>● Sharing</source>
        <translation>● Deilt</translation>
    </message>
    <message>
        <source>● Sharing: alliance only</source>
        <translation>● Deilt: aðeins samstarf</translation>
    </message>
    <message>
        <source>● Sharing: wellbeing only</source>
        <translation>● Deilt: aðeins vellíðan</translation>
    </message>
    <message>
        <source>● Not Sharing</source>
        <translation>● Ekki deilt</translation>
    </message>
    <message>
        <source>Choose which scores your professionals may see.</source>
        <translation>Veldu hvaða skor fagaðilarnir þínir mega sjá.</translation>
    </message>
    <message>
        <source>Sharing settings, currently: %1</source>
        <translation>Deilingarstillingar, núna: %1</translation>
    </message>
    <message>
        <source>The Wellbeing check-in is not available in this installation.</source>
        <translation>Vellíðunarmat er ekki í boði í þessari uppsetningu.</translation>
    </message>
    <message>
        <source>You are not connected with a professional yet, so there is no session to log.</source>
        <translation>Þú ert ekki enn tengd(ur) fagaðila, svo það er enginn tími til að skrá.</translation>
    </message>
    <message>
        <source>Which professional was your session with?</source>
        <translation>Hjá hvaða fagaðila var tíminn þinn?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Áfram</translation>
    </message>
    <message>
        <source>The alliance survey is not available in this installation.</source>
        <translation>Samstarfskönnunin er ekki í boði í þessari uppsetningu.</translation>
    </message>
    <message>
        <source>About your sessions with %1</source>
        <translation>Um tímana þína hjá %1</translation>
    </message>
    <message>
        <source>Your answers could not be saved: %1</source>
        <translation>Ekki tókst að vista svörin þín: %1</translation>
    </message>
    <message>
        <source>%1 (no longer connected)</source>
        <translation>%1 (ekki lengur tengd)</translation>
    </message>
    <message>
        <source>A former professional</source>
        <translation>Fyrrverandi fagaðili</translation>
    </message>
    <message>
        <source>Export my data as CSV</source>
        <translation>Flytja gögnin mín út sem CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-skrár (*.csv)</translation>
    </message>
    <message>
        <source>Your data could not be exported: %1</source>
        <translation>Ekki tókst að flytja gögnin þín út: %1</translation>
    </message>
    <message>
        <source>Saved your check-ins and surveys to %1 and your sharing history to %2.</source>
        <translation>Vellíðunarmöt þín og kannanir voru vistuð í %1 og saga deilinga í %2.</translation>
    </message>
    <message>
        <source>Export a PDF report</source>
        <translation>Flytja út PDF-skýrslu</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-skrár (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be exported: %1</source>
        <translation>Ekki tókst að flytja skýrsluna út: %1</translation>
    </message>
    <message>
        <source>Saved your report to %1.</source>
        <translation>Skýrslan þín var vistuð í %1.</translation>
    </message>
    <message>
        <source>Rapport will erase you and everything that belongs to you from this computer: %1, %2, your sharing choices and their history, and any requests to share.</source>
        <translation>Rapport eyðir þér og öllu sem tilheyrir þér af þessari tölvu: %1, %2, deilingarvali þínu og sögu þess og öllum beiðnum um deilingu.</translation>
    </message>
    <message numerus="yes">
        <source>your %n check-ins and surveys</source>
        <translation>
            <numerusform>%n vellíðunarmati eða könnun</numerusform>
            <numerusform>%n vellíðunarmötum og könnunum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your connections with %n professionals</source>
        <translation>
            <numerusform>tengingu þinni við %n fagaðila</numerusform>
            <numerusform>tengingum þínum við %n fagaðila</numerusform>
        </translation>
    </message>
    <message>
        <source>All of your data has been deleted from Rapport.</source>
        <translation>Öllum gögnunum þínum hefur verið eytt úr Rapport.</translation>
    </message>
    <message>
        <source>Your dashboard</source>
        <translation>Yfirlitið þitt</translation>
    </message>
    <message>
        <source>&amp;Wellbeing check-in</source>
        <translation>&amp;Vellíðunarmat</translation>
    </message>
    <message>
        <source>Log a &amp;session</source>
        <translation>Skrá &amp;tíma</translation>
    </message>
    <message>
        <source>My &amp;data</source>
        <translation>&amp;Gögnin mín</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Skoða…</translation>
    </message>
    <message>
        <source>%1 has been connected with you and waits for your answer. Until you accept, they see nothing of you.</source>
        <translation>%1 hefur verið tengd(ur) þér og bíður svars þíns. Þar til þú samþykkir sér %1 ekkert um þig.</translation>
    </message>
    <message numerus="yes">
        <source>%n professionals have been connected with you and wait for your answer. Until you accept, they see nothing of you.</source>
        <translation>
            <numerusform>%n fagaðili hefur verið tengdur þér og bíður svars þíns. Þar til þú samþykkir sér hann ekkert um þig.</numerusform>
            <numerusform>%n fagaðilar hafa verið tengdir þér og bíða svars þíns. Þar til þú samþykkir sjá þeir ekkert um þig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientDetailPanel</name>
    <message>
        <source>Request sharing</source>
        <translation>Biðja um deilingu</translation>
    </message>
    <message>
        <source>Alliance with you over time</source>
        <translation>Samstarf við þig yfir tíma</translation>
    </message>
    <message>
        <source>Chart of the client&apos;s alliance scores about you, with each dimension</source>
        <translation>Graf af samstarfsskorum skjólstæðingsins um þig, með hverri vídd</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Heild</translation>
    </message>
    <message>
        <source>Wellbeing over time</source>
        <translation>Vellíðan yfir tíma</translation>
    </message>
    <message>
        <source>Chart of the client&apos;s Wellbeing Score over time, with its bands</source>
        <translation>Graf af vellíðunarskori skjólstæðingsins yfir tíma, með bilum þess</translation>
    </message>
    <message>
        <source>Wellbeing Score</source>
        <translation>Vellíðunarskor</translation>
    </message>
    <message>
        <source>today (%1)</source>
        <translation>í dag (%1)</translation>
    </message>
    <message>
        <source>yesterday (%1)</source>
        <translation>í gær (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago (%1)</source>
        <translation>
            <numerusform>fyrir %n degi (%1)</numerusform>
            <numerusform>fyrir %n dögum (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Síðast uppfært %1</translation>
    </message>
    <message>
        <source>Nothing shared has been submitted yet.</source>
        <translation>Engu sem er deilt hefur verið svarað enn.</translation>
    </message>
    <message>
        <source>%1 does not share their scores with you. You can ask them to; the choice is theirs, and they can stop sharing at any time.</source>
        <translation>%1 deilir ekki skorum sínum með þér. Þú getur beðið um það; valið er viðkomandi og hægt er að hætta að deila hvenær sem er.</translation>
    </message>
    <message>
        <source>%1 does not share their Professional Alliance score with you.</source>
        <translation>%1 deilir ekki skori sínu fyrir samstarf við fagaðila með þér.</translation>
    </message>
    <message>
        <source>%1 does not share their Wellbeing Score with you.</source>
        <translation>%1 deilir ekki vellíðunarskori sínu með þér.</translation>
    </message>
    <message>
        <source>Request pending</source>
        <translation>Beiðni bíður</translation>
    </message>
    <message>
        <source>Request alliance sharing</source>
        <translation>Biðja um deilingu samstarfsskors</translation>
    </message>
    <message>
        <source>Request wellbeing sharing</source>
        <translation>Biðja um deilingu vellíðunarskors</translation>
    </message>
    <message>
        <source>Request pending: you asked on %1. %2 sees it on their dashboard and decides.</source>
        <translation>Beiðni bíður: þú baðst um %1. %2 sér beiðnina á yfirlitinu sínu og ákveður.</translation>
    </message>
    <message>
        <source>%1 shares the alliance survey with you but has not completed one about your sessions yet.</source>
        <translation>%1 deilir samstarfskönnuninni með þér en hefur ekki enn svarað henni um tímana hjá þér.</translation>
    </message>
    <message>
        <source>↑ improving</source>
        <translation>↑ batnar</translation>
    </message>
    <message>
        <source>→ stable</source>
        <translation>→ stöðugt</translation>
    </message>
    <message>
        <source>↓ declining</source>
        <translation>↓ versnar</translation>
    </message>
    <message>
        <source>shown after the second survey</source>
        <translation>birtist eftir aðra könnun</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alliance with you: %1&lt;/b&gt; of %2 · trend %3 · last survey %4</source>
        <translation>&lt;b&gt;Samstarf við þig: %1&lt;/b&gt; af %2 · þróun %3 · síðasta könnun %4</translation>
    </message>
    <message>
        <source>Latest by dimension: %1</source>
        <translation>Nýjast eftir víddum: %1</translation>
    </message>
    <message>
        <source>%1 shares their Wellbeing Score with you but has not checked in yet.</source>
        <translation>%1 deilir vellíðunarskori sínu með þér en hefur ekki enn lokið vellíðunarmati.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wellbeing Score: %1&lt;/b&gt; of %2</source>
        <translation>&lt;b&gt;Vellíðunarskor: %1&lt;/b&gt; af %2</translation>
    </message>
    <message>
        <source> · last check-in %1</source>
        <translation> · síðasta vellíðunarmat %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ConfirmPassphraseDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lykilorð:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lykilorð</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Sýna</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Sýna lykilorð</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Fela</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Fela lykilorð</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Áfram</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DeleteDataDialog</name>
    <message>
        <source>Delete all my data</source>
        <translation>Eyða öllum gögnunum mínum</translation>
    </message>
    <message>
        <source>Delete everything Rapport keeps about %1?</source>
        <translation>Eyða öllu sem Rapport geymir um %1?</translation>
    </message>
    <message>
        <source>This cannot be undone. If you want to keep a copy, close this and use Export my data first. Backups made earlier still contain your data until they are deleted.</source>
        <translation>Ekki er hægt að afturkalla þetta. Ef þú vilt halda afriti skaltu loka þessu og nota fyrst „Flytja gögnin mín út“. Öryggisafrit sem voru gerð áður geyma gögnin þín þar til þeim er eytt.</translation>
    </message>
    <message>
        <source>To confirm, type %1 below:</source>
        <translation>Sláðu inn %1 hér fyrir neðan til að staðfesta:</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>EYÐA</translation>
    </message>
    <message>
        <source>Your data could not be deleted: %1</source>
        <translation>Ekki tókst að eyða gögnunum þínum: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DesktopNotifier</name>
    <message>
        <source>Check in now</source>
        <translation>Meta líðan núna</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Síðar</translation>
    </message>
    <message>
        <source>Open Rapport</source>
        <translation>Opna Rapport</translation>
    </message>
</context>
<context>
    <name>rapport::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Rapport</source>
        <translation>Velkomin(n) í Rapport</translation>
    </message>
    <message>
        <source>Rapport helps you keep an eye on how you are doing. A short Wellbeing check-in every few weeks shows your wellbeing over time, and after a session you can rate how the work with your professional is going.</source>
        <translation>Rapport hjálpar þér að fylgjast með því hvernig þér líður. Stutt vellíðunarmat á nokkurra vikna fresti sýnir líðan þína yfir tíma og eftir tíma geturðu metið hvernig samstarfið við fagaðilann þinn gengur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What stays private&lt;/b&gt;</source>
        <translation>&lt;b&gt;Það sem er trúnaðarmál&lt;/b&gt;</translation>
    </message>
    <message>
        <source>• Everything is stored encrypted on this computer, locked with a passphrase only you know.&lt;br&gt;• Your professionals see a score only if you choose to share it, and you can stop sharing at any time.&lt;br&gt;• Your employer, your manager and HR never see your individual answers or scores.</source>
        <translation>• Allt er geymt dulkóðað á þessari tölvu, læst með lykilorði sem aðeins þú þekkir.&lt;br&gt;• Fagaðilarnir þínir sjá skor aðeins ef þú velur að deila því og þú getur hætt að deila hvenær sem er.&lt;br&gt;• Vinnuveitandi þinn, yfirmaður og mannauðsdeild sjá aldrei einstök svör þín eða skor.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Veldu lykilorð</translation>
    </message>
    <message>
        <source>It protects your data on this computer. There is no way to recover it if you forget it, so pick something memorable.</source>
        <translation>Það verndar gögnin þín á þessari tölvu. Ekki er hægt að endurheimta það ef þú gleymir því, svo veldu eitthvað sem þú mannst vel.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Styrkur lykilorðs</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lykilorð:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Staðfesta:</translation>
    </message>
    <message>
        <source>Type the passphrase again.</source>
        <translation>Sláðu lykilorðið inn aftur.</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>Lykilorðin passa saman.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Lykilorðin passa ekki saman.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nafnið þitt</translation>
    </message>
    <message>
        <source>It appears on your dashboard. It stays on this computer.</source>
        <translation>Það birtist á yfirlitinu þínu. Það verður kyrrt á þessari tölvu.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nafn:</translation>
    </message>
    <message>
        <source>Rapport could not be set up: %1</source>
        <translation>Ekki tókst að setja Rapport upp: %1</translation>
    </message>
    <message>
        <source>Set up Rapport</source>
        <translation>Setja Rapport upp</translation>
    </message>
    <message>
        <source>Start using Rapport</source>
        <translation>Byrja að nota Rapport</translation>
    </message>
    <message>
        <source>&lt;b&gt;How do you want to use Rapport?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hvernig viltu nota Rapport?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Just for me, on this computer</source>
        <translation>&amp;Bara fyrir mig, á þessari tölvu</translation>
    </message>
    <message>
        <source>&amp;Join my organisation: I have an invitation from its administrator</source>
        <translation>&amp;Ganga í skipulagsheildina mína: ég er með boð frá kerfisstjóra hennar</translation>
    </message>
    <message>
        <source>Open an invitation first.</source>
        <translation>Opnaðu fyrst boð.</translation>
    </message>
    <message>
        <source>S&amp;tart Rapport when I log in, locked in the tray, to remind me</source>
        <translation>&amp;Ræsa Rapport við innskráningu, læst í kerfisbakkanum, til að minna mig á</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Ræsing við innskráningu</translation>
    </message>
    <message>
        <source>Rapport will not start when you log in: %1</source>
        <translation>Rapport ræsist ekki þegar þú skráir þig inn: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::HrBarChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Fólk</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <translation>%1. %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1: hidden</source>
        <translation>%1: falið</translation>
    </message>
</context>
<context>
    <name>rapport::ui::HrDashboard</name>
    <message>
        <source>Export PDF report</source>
        <translation>Flytja út PDF-skýrslu</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-skrár (*.pdf)</translation>
    </message>
    <message>
        <source>Organisation overview</source>
        <translation>Yfirlit skipulagsheildar</translation>
    </message>
    <message>
        <source>Save these figures, the charts and the guide as a printable PDF</source>
        <translation>Vista þessar tölur, gröfin og leiðbeiningarnar sem prenthæft PDF</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Þátttaka</translation>
    </message>
    <message>
        <source>Employees in the programme</source>
        <translation>Starfsfólk í verkefninu</translation>
    </message>
    <message numerus="yes">
        <source>Took part in the last %n days</source>
        <translation>
            <numerusform>Tóku þátt síðasta %n dag</numerusform>
            <numerusform>Tóku þátt síðustu %n daga</numerusform>
        </translation>
    </message>
    <message>
        <source>Participation rate</source>
        <translation>Þátttökuhlutfall</translation>
    </message>
    <message>
        <source>Trends of people who answered more than once</source>
        <translation>Þróun hjá þeim sem svöruðu oftar en einu sinni</translation>
    </message>
    <message>
        <source>People with more than one answer</source>
        <translation>Fólk með fleiri en eitt svar</translation>
    </message>
    <message>
        <source>Improving</source>
        <translation>Batnar</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stöðugt</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>Versnar</translation>
    </message>
    <message>
        <source>Direction of each person&apos;s trend</source>
        <translation>Stefna þróunar hvers og eins</translation>
    </message>
    <message>
        <source>Wellbeing over time</source>
        <translation>Vellíðan yfir tíma</translation>
    </message>
    <message>
        <source>Professional Alliance</source>
        <translation>Samstarf við fagaðila</translation>
    </message>
    <message>
        <source>Average Professional Alliance score</source>
        <translation>Meðalskor samstarfs við fagaðila</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>Eftir teymum</translation>
    </message>
    <message>
        <source>Wellbeing by team</source>
        <translation>Vellíðan eftir teymum</translation>
    </message>
    <message>
        <source>How to read this page</source>
        <translation>Hvernig á að lesa þessa síðu</translation>
    </message>
    <message>
        <source>The organisation&apos;s figures could not be loaded: %1</source>
        <translation>Ekki tókst að hlaða tölum skipulagsheildarinnar: %1</translation>
    </message>
    <message>
        <source>%1 (low)</source>
        <translation>%1 (lítil)</translation>
    </message>
    <message>
        <source>%1 (dimension average)</source>
        <translation>%1 (meðaltal víddar)</translation>
    </message>
    <message>
        <source>No teams are recorded for the employees in the programme.</source>
        <translation>Engin teymi eru skráð fyrir starfsfólk í verkefninu.</translation>
    </message>
    <message>
        <source>Teams as recorded by the administrator. A team with fewer than %1 participants, or one hidden so that it cannot be worked out from the others, reads &quot;%2&quot;.</source>
        <translation>Teymi eins og stjórnandi skráði þau. Teymi með færri en %1 þátttakendur, eða teymi sem er falið svo ekki sé hægt að reikna það út frá hinum, birtist sem „%2“.</translation>
    </message>
    <message>
        <source>Rapport organisation report %1.pdf</source>
        <translation>Rapport skýrsla skipulagsheildar %1.pdf</translation>
    </message>
    <message>
        <source>The PDF report could not be saved: %1</source>
        <translation>Ekki tókst að vista PDF-skýrsluna: %1</translation>
    </message>
    <message>
        <source>PDF report saved to %1</source>
        <translation>PDF-skýrsla vistuð í %1</translation>
    </message>
    <message>
        <source>&amp;Export PDF report…</source>
        <translation>&amp;Flytja út PDF-skýrslu…</translation>
    </message>
    <message>
        <source>Organisation figures</source>
        <translation>Tölur stofnunarinnar</translation>
    </message>
    <message>
        <source>Took part in the month (a Wellbeing Index)</source>
        <translation>Tóku þátt í mánuðinum (vellíðunarkvarði)</translation>
    </message>
    <message>
        <source>Wellbeing in the month</source>
        <translation>Vellíðan í mánuðinum</translation>
    </message>
    <message>
        <source>Average of each participant&apos;s Wellbeing Index in the month</source>
        <translation>Meðaltal vellíðunarkvarða hvers þátttakanda í mánuðinum</translation>
    </message>
    <message>
        <source>Participants by bracket of their score in the month</source>
        <translation>Þátttakendur eftir bili skors síns í mánuðinum</translation>
    </message>
    <message>
        <source>From your organisation&apos;s hub · %1</source>
        <translation>Frá miðlægum þjóni skipulagsheildarinnar · %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::HrMonthlyChart</name>
    <message>
        <source>Average wellbeing by month</source>
        <translation>Meðalvellíðan eftir mánuðum</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mánuður</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Meðalskor</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Average wellbeing</source>
        <translation>Meðalvellíðan</translation>
    </message>
    <message>
        <source>Average wellbeing by month: no months to show yet.</source>
        <translation>Meðalvellíðan eftir mánuðum: engir mánuðir til að sýna enn.</translation>
    </message>
    <message>
        <source>Average wellbeing by month, %1 to %2: every month is hidden (too few responses).</source>
        <translation>Meðalvellíðan eftir mánuðum, %1 til %2: allir mánuðir eru faldir (of fá svör).</translation>
    </message>
    <message>
        <source>Average wellbeing by month, %1 to %2. Lowest %3 (%4), highest %5 (%6). Latest shown: %7.</source>
        <translation>Meðalvellíðan eftir mánuðum, %1 til %2. Lægst %3 (%4), hæst %5 (%6). Nýjast sýnt: %7.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) with too few responses are gaps in the line.</source>
        <translation>
            <numerusform>%n mánuður með of fá svör er eyða í línunni.</numerusform>
            <numerusform>%n mánuðir með of fá svör eru eyður í línunni.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::HrMonthlyModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: average wellbeing %2 from %3 people</source>
        <translation>%1: meðalvellíðan %2 frá %3 manns</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mánuður</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Fólk</translation>
    </message>
    <message>
        <source>Average wellbeing</source>
        <translation>Meðalvellíðan</translation>
    </message>
</context>
<context>
    <name>rapport::ui::HrTeamsModel</name>
    <message>
        <source>(no name)</source>
        <translation>(nafnlaust)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 people, average wellbeing %3 (%4)</source>
        <translation>%1: %2 manns, meðalvellíðan %3 (%4)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Teymi</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Þátttakendur</translation>
    </message>
    <message>
        <source>Average wellbeing</source>
        <translation>Meðalvellíðan</translation>
    </message>
    <message>
        <source>Bracket</source>
        <translation>Bil</translation>
    </message>
</context>
<context>
    <name>rapport::ui::HubConnectionsModel</name>
    <message>
        <source>Waiting for the client</source>
        <translation>Bíður eftir skjólstæðingnum</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Samþykkt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Hafnað</translation>
    </message>
    <message>
        <source>Made %1, answered %2</source>
        <translation>Stofnuð %1, svarað %2</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Stofnuð %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Skjólstæðingur</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Fagaðili</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Staða</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Frá</translation>
    </message>
</context>
<context>
    <name>rapport::ui::HubInvitationsModel</name>
    <message>
        <source>Open</source>
        <translation>Opið</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Notað</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Útrunnið</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Afturkallað</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>til %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Einstaklingur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Hlutverk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Staða</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvenær</translation>
    </message>
</context>
<context>
    <name>rapport::ui::HubOrganisationBox</name>
    <message>
        <source>Your organisation on the hub</source>
        <translation>Skipulagsheildin þín á miðlæga þjóninum</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Vista boðið</translation>
    </message>
    <message>
        <source>Rapport invitations (*.%1)</source>
        <translation>Rapport-boð (*.%1)</translation>
    </message>
    <message>
        <source>Remove from the organisation</source>
        <translation>Fjarlægja úr skipulagsheildinni</translation>
    </message>
    <message>
        <source>Invite the person selected in the list to use Rapport on their own computer: the invitation is a file to hand to them privately (or its code); it works once.</source>
        <translation>Bjóddu þeim sem er valinn á listanum að nota Rapport á eigin tölvu: boðið er skrá sem þú afhendir viðkomandi í trúnaði (eða kóði hennar); það gildir einu sinni.</translation>
    </message>
    <message>
        <source>&amp;Invite the selected person…</source>
        <translation>&amp;Bjóða völdum einstaklingi…</translation>
    </message>
    <message>
        <source>Remove from the &amp;organisation…</source>
        <translation>Fjarlægja úr &amp;skipulagsheildinni…</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Boð</translation>
    </message>
    <message>
        <source>&amp;Revoke the invitation</source>
        <translation>&amp;Afturkalla boðið</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Uppfæra</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Boðskóði</translation>
    </message>
    <message>
        <source>The hub cannot be reached: %1</source>
        <translation>Ekki næst í miðlæga þjóninn: %1</translation>
    </message>
    <message>
        <source>The invitations could not be read: %1</source>
        <translation>Ekki tókst að lesa boðin: %1</translation>
    </message>
    <message>
        <source>Select the person to invite in the list of people first.</source>
        <translation>Veldu fyrst á listanum þann sem á að bjóða.</translation>
    </message>
    <message>
        <source>%1 could not be invited: %2</source>
        <translation>Ekki tókst að bjóða %1: %2</translation>
    </message>
    <message>
        <source>The invitation could not be saved: %1</source>
        <translation>Ekki tókst að vista boðið: %1</translation>
    </message>
    <message>
        <source>Invitation for %1 saved to %2. Hand it to them privately; it works once, until %3. Its code, to paste instead of the file, is below.</source>
        <translation>Boð fyrir %1 vistað í %2. Afhentu það í trúnaði; það gildir einu sinni, til %3. Kóði þess, sem má líma í stað skrárinnar, er hér fyrir neðan.</translation>
    </message>
    <message>
        <source>The invitation could not be revoked: %1</source>
        <translation>Ekki tókst að afturkalla boðið: %1</translation>
    </message>
    <message>
        <source>The invitation for %1 no longer works.</source>
        <translation>Boðið fyrir %1 virkar ekki lengur.</translation>
    </message>
    <message>
        <source>Select the person to remove in the list of people first.</source>
        <translation>Veldu fyrst á listanum þann sem á að fjarlægja.</translation>
    </message>
    <message>
        <source>Remove %1 from the organisation? Their login and everything of theirs on the hub are deleted; this cannot be undone.</source>
        <translation>Fjarlægja %1 úr skipulagsheildinni? Innskráningu og öllu sem viðkomandi á á miðlæga þjóninum verður eytt; það er ekki hægt að afturkalla.</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>Ekki tókst að fjarlægja %1: %2</translation>
    </message>
    <message>
        <source>%1 was removed from the organisation.</source>
        <translation>%1 var fjarlægð(ur) úr skipulagsheildinni.</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Bæta við einstaklingi…</translation>
    </message>
    <message>
        <source>%1 could not be added: %2</source>
        <translation>Ekki tókst að bæta %1 við: %2</translation>
    </message>
    <message>
        <source>%1 was added to the organisation.</source>
        <translation>%1 var bætt við skipulagsheildina.</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Breyta…</translation>
    </message>
    <message>
        <source>Rename the selected person or change their team</source>
        <translation>Endurnefna valinn einstakling eða breyta teymi hans</translation>
    </message>
    <message>
        <source>&amp;Smallest group HR sees:</source>
        <translation>&amp;Minnsti hópur sem mannauðsdeild sér:</translation>
    </message>
    <message>
        <source> people</source>
        <translation> manns</translation>
    </message>
    <message>
        <source>No HR figure stands on fewer people. A new value applies from the next month published; months already published keep theirs.</source>
        <translation>Engin tala mannauðsdeildar byggir á færri manns. Nýtt gildi gildir frá næsta birta mánuði; mánuðir sem þegar eru birtir halda sínu.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Vista</translation>
    </message>
    <message>
        <source>Select the person to change in the list of people first.</source>
        <translation>Veldu fyrst á listanum þann sem á að breyta.</translation>
    </message>
    <message>
        <source>%1 could not be changed: %2</source>
        <translation>Ekki tókst að breyta %1: %2</translation>
    </message>
    <message>
        <source>%1 is now %2, team %3.</source>
        <translation>%1 heitir nú %2, teymi %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ekkert</translation>
    </message>
    <message>
        <source>The minimum group size could not be saved: %1</source>
        <translation>Ekki tókst að vista minnstu hópstærð: %1</translation>
    </message>
    <message>
        <source>HR figures now stand on groups of at least %1 people, from the next month published.</source>
        <translation>Tölur mannauðsdeildar byggja nú á hópum með að minnsta kosti %1 manns, frá næsta birta mánuði.</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Tengja %1</translation>
    </message>
    <message>
        <source>Choose the professional who works with %1. The connection shares nothing until %1 accepts it.</source>
        <translation>Veldu fagaðilann sem vinnur með %1. Tengingin deilir engu fyrr en %1 samþykkir hana.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Tengja</translation>
    </message>
    <message>
        <source>Co&amp;nnect with a professional…</source>
        <translation>&amp;Tengja við fagaðila…</translation>
    </message>
    <message>
        <source>Select the client to connect in the list of people first.</source>
        <translation>Veldu fyrst á listanum skjólstæðinginn sem á að tengja.</translation>
    </message>
    <message>
        <source>There is no professional in the organisation yet: add one first.</source>
        <translation>Enginn fagaðili er enn í skipulagsheildinni: bættu einum við fyrst.</translation>
    </message>
    <message>
        <source>%1 could not be connected with %2: %3</source>
        <translation>Ekki tókst að tengja %1 við %2: %3</translation>
    </message>
    <message>
        <source>%1 is connected with %2. The connection shares nothing until %1 accepts it in My professionals.</source>
        <translation>%1 er tengd(ur) við %2. Tengingin deilir engu fyrr en %1 samþykkir hana undir „Fagaðilarnir mínir“.</translation>
    </message>
    <message>
        <source>%1 and %2 were connected already.</source>
        <translation>%1 og %2 voru þegar tengd.</translation>
    </message>
    <message>
        <source>Remove the connection</source>
        <translation>Fjarlægja tenginguna</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Boð</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Tengingar</translation>
    </message>
    <message>
        <source>Remove the &amp;connection…</source>
        <translation>Fjarlægja &amp;tenginguna…</translation>
    </message>
    <message>
        <source>The professional sees nothing more of the client from now on</source>
        <translation>Fagaðilinn sér ekkert meira um skjólstæðinginn héðan í frá</translation>
    </message>
    <message>
        <source>Connec&amp;tions</source>
        <translation>Ten&amp;gingar</translation>
    </message>
    <message>
        <source>The connections could not be read: %1</source>
        <translation>Ekki tókst að lesa tengingarnar: %1</translation>
    </message>
    <message>
        <source>Select the connection to remove in the list of connections first.</source>
        <translation>Veldu fyrst tenginguna sem á að fjarlægja í lista tenginganna.</translation>
    </message>
    <message>
        <source>Remove the connection between %1 and %2? %2 sees nothing more of %1 from now on. To work together again, connect them anew and %1 accepts again.</source>
        <translation>Fjarlægja tenginguna milli %1 og %2? %2 sér ekkert meira um %1 héðan í frá. Til að vinna saman aftur tengirðu þau upp á nýtt og %1 samþykkir aftur.</translation>
    </message>
    <message>
        <source>The connection could not be removed: %1</source>
        <translation>Ekki tókst að fjarlægja tenginguna: %1</translation>
    </message>
    <message>
        <source>%1 and %2 are no longer connected. Their computers catch up at their next sync.</source>
        <translation>%1 og %2 eru ekki lengur tengd. Tölvur þeirra fylgja á eftir við næstu samstillingu.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::HubPasswordDialog</name>
    <message>
        <source>Hub password</source>
        <translation>Lykilorð miðlara</translation>
    </message>
    <message>
        <source>&lt;b&gt;The hub did not accept that password.&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Miðlarinn tók ekki við þessu lykilorði.&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Samstilla</translation>
    </message>
    <message>
        <source>Rapport syncs with your organisation&apos;s hub at %1 as &lt;b&gt;%2&lt;/b&gt;. Enter the hub password to sync.</source>
        <translation>Rapport samstillir við miðlara stofnunarinnar þinnar á %1 sem &lt;b&gt;%2&lt;/b&gt;. Sláðu inn lykilorð miðlarans til að samstilla.</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Geyma í lyklakippu kerfisins</translation>
    </message>
    <message>
        <source>Remembered, it is there the next time Rapport starts. Otherwise it is kept in memory only, until Rapport locks.</source>
        <translation>Sé það geymt er það til staðar næst þegar Rapport ræsist. Annars er það aðeins geymt í minni, þar til Rapport læsist.</translation>
    </message>
    <message>
        <source>No system keychain is available here, so the password is kept in memory only, until Rapport locks.</source>
        <translation>Engin lyklakippa kerfisins er tiltæk hér, svo lykilorðið er aðeins geymt í minni, þar til Rapport læsist.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::HubPasswordWizardPage</name>
    <message>
        <source>Your organisation password</source>
        <translation>Lykilorðið þitt hjá skipulagsheildinni</translation>
    </message>
    <message>
        <source>Choose your password for your organisation&apos;s server. It replaces the invitation&apos;s one-time secret.</source>
        <translation>Veldu lykilorðið þitt fyrir netþjón skipulagsheildarinnar. Það kemur í stað einnota leyndarmáls boðsins.</translation>
    </message>
    <message>
        <source>You need it when you use Rapport on another computer. It is not your passphrase: that one stays on this computer and protects your data here.</source>
        <translation>Þú þarft það þegar þú notar Rapport á annarri tölvu. Það er ekki aðgangsorðið þitt: það verður eftir á þessari tölvu og verndar gögnin þín hér.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lykilorð:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Staðfesta:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Að minnsta kosti %n stafur.</numerusform>
            <numerusform>Að minnsta kosti %n stafir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the password again.</source>
        <translation>Sláðu lykilorðið inn aftur.</translation>
    </message>
    <message>
        <source>The passwords match.</source>
        <translation>Lykilorðin stemma.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Lykilorðin stemma ekki.</translation>
    </message>
    <message>
        <source>Rapport could not join the organisation: %1</source>
        <translation>Rapport gat ekki gengið í skipulagsheildina: %1</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Geyma í lyklakippu kerfisins</translation>
    </message>
    <message>
        <source>Remembered, Rapport syncs without asking for it again on this computer.</source>
        <translation>Sé það geymt samstillir Rapport á þessari tölvu án þess að biðja um það aftur.</translation>
    </message>
    <message>
        <source>No system keychain is available here: Rapport asks for this password when it next starts and keeps it in memory only, until it locks.</source>
        <translation>Engin lyklakippa kerfisins er tiltæk hér: Rapport biður um þetta lykilorð næst þegar það ræsist og geymir það aðeins í minni, þar til það læsist.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::HubPersonDialog</name>
    <message>
        <source>Add a person to the organisation</source>
        <translation>Bæta einstaklingi við skipulagsheildina</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nafn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Hlutverk:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Teymi:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Innskráning:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Bæta við</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Breyta %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Vista</translation>
    </message>
</context>
<context>
    <name>rapport::ui::HubSetupDialog</name>
    <message>
        <source>Create or upgrade the hub</source>
        <translation>Stofna eða uppfæra miðstöðina</translation>
    </message>
    <message>
        <source>The hub&apos;s CA certificate</source>
        <translation>CA-skilríki miðstöðvarinnar</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Skilríki (*.crt *.pem *.cer);;Allar skrár (*)</translation>
    </message>
    <message>
        <source>Do this once when the hub&apos;s database is new, and again after installing a newer Rapport: it creates the hub&apos;s tables and rules, or brings them up to date. Nothing already on the hub is lost. Use the login that owns the hub&apos;s database (from whoever set up the database server); its password is used for this and not kept.</source>
        <translation>Gerðu þetta einu sinni þegar gagnagrunnur miðstöðvarinnar er nýr og aftur eftir uppsetningu nýrra Rapport: það stofnar töflur og reglur miðstöðvarinnar eða uppfærir þær. Ekkert sem þegar er á miðstöðinni glatast. Notaðu innskráninguna sem á gagnagrunn miðstöðvarinnar (frá þeim sem setti upp gagnagrunnsþjóninn); lykilorð hennar er aðeins notað til þessa og ekki geymt.</translation>
    </message>
    <message>
        <source>hub.example.org/rapport</source>
        <translation>hub.example.org/rapport</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Vistfang miðstöðvar:</translation>
    </message>
    <message>
        <source>Not needed for a hub on this computer</source>
        <translation>Óþarft fyrir staðbundna miðstöð</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Velja…</translation>
    </message>
    <message>
        <source>CA &amp;certificate:</source>
        <translation>CA-&amp;skilríki:</translation>
    </message>
    <message>
        <source>Owner&apos;s &amp;login:</source>
        <translation>&amp;Innskráning eiganda:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lykilorð:</translation>
    </message>
    <message>
        <source>The first administrator (only when creating the hub)</source>
        <translation>Fyrsti stjórnandinn (aðeins þegar miðstöðin er stofnuð)</translation>
    </message>
    <message>
        <source>The owner&apos;s login belongs to the database, not to a person: name the person who will run the organisation in Rapport. They get an invitation to open on their computer; from there they add and invite everyone else. Leave it empty to upgrade.</source>
        <translation>Innskráning eigandans tilheyrir gagnagrunninum, ekki manneskju: nefndu þann sem mun stjórna fyrirtækinu í Rapport. Viðkomandi fær boð til að opna á sinni tölvu; þaðan bætir hann öllum öðrum við og býður þeim. Skildu eftir autt til að uppfæra.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nafn:</translation>
    </message>
    <message>
        <source>Their l&amp;ogin:</source>
        <translation>Inn&amp;skráning þeirra:</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Boðskóði</translation>
    </message>
    <message>
        <source>Create or &amp;upgrade</source>
        <translation>Stofna eða &amp;uppfæra</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Vista boðið</translation>
    </message>
    <message>
        <source>Rapport invitations (*.%1)</source>
        <translation>Rapport-boð (*.%1)</translation>
    </message>
    <message>
        <source>The hub is created: it has schema version %1.</source>
        <translation>Miðstöðin er stofnuð: hún er með skemaútgáfu %1.</translation>
    </message>
    <message>
        <source>The hub is up to date: it has schema version %1, the newest this Rapport knows.</source>
        <translation>Miðstöðin er uppfærð: hún er með skemaútgáfu %1, þá nýjustu sem þetta Rapport þekkir.</translation>
    </message>
    <message>
        <source>The hub is upgraded from schema version %1 to %2.</source>
        <translation>Miðstöðin er uppfærð úr skemaútgáfu %1 í %2.</translation>
    </message>
    <message>
        <source>The invitation could not be saved: %1</source>
        <translation>Ekki tókst að vista boðið: %1</translation>
    </message>
    <message>
        <source>%1 is its first administrator: hand them the invitation saved to %2 (or the code below) privately. It works once, until %3.</source>
        <translation>%1 er fyrsti stjórnandi hennar: afhentu viðkomandi boðið sem vistað var í %2 (eða kóðann hér fyrir neðan) í trúnaði. Það virkar einu sinni, til %3.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::InterpretationHelp</name>
    <message>
        <source>How to read these scores</source>
        <translation>Hvernig á að lesa þessi skor</translation>
    </message>
    <message>
        <source>A score is a signal for a conversation, not a verdict.</source>
        <translation>Skor er tilefni til samtals, ekki dómur.</translation>
    </message>
    <message>
        <source>It shows how a client felt when they answered, in their own words on a short questionnaire. It does not diagnose anything and it does not grade you or the client. A low or falling score is a reason to ask how the work is going and what would help; a high one is worth talking about too.</source>
        <translation>Það sýnir hvernig skjólstæðingi leið þegar hann svaraði stuttum spurningalista með eigin orðum. Það greinir ekkert og gefur hvorki þér né skjólstæðingnum einkunn. Lágt eða lækkandi skor er ástæða til að spyrja hvernig vinnan gangi og hvað myndi hjálpa; það er líka þess virði að ræða hátt skor.</translation>
    </message>
    <message>
        <source>is the client&apos;s view of their work with you only; other professionals&apos; surveys are never shown here. It runs from %1 to %2; higher means a stronger working alliance. Its dimensions:</source>
        <translation>er eingöngu sýn skjólstæðingsins á samstarfið við þig; kannanir um aðra fagaðila eru aldrei sýndar hér. Það nær frá %1 til %2; hærra þýðir sterkara samstarf. Víddir þess:</translation>
    </message>
    <message>
        <source>A change of %1 points or more in the alliance score is meaningful; smaller moves are within the normal ups and downs of answering. The trend is a line fitted through all surveys: it says improving or declining only once that line has moved by at least %1.</source>
        <translation>Breyting á samstarfsskori um %1 stig eða meira er marktæk; minni hreyfingar eru innan eðlilegra sveiflna í svörum. Þróunin er lína felld að öllum könnunum: hún sýnir „batnar“ eða „versnar“ aðeins þegar línan hefur færst um a.m.k. %1.</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>runs from %1 to %2 and describes the client&apos;s general wellbeing over the last weeks.</source>
        <translation>nær frá %1 til %2 og lýsir almennri líðan skjólstæðingsins síðustu vikur.</translation>
    </message>
    <message>
        <source>The shaded bands (%1) are guidance for where to look closer, not a diagnosis.</source>
        <translation>Skyggðu bilin (%1) eru leiðsögn um hvar eigi að skoða nánar, ekki greining.</translation>
    </message>
    <message>
        <source>A change of %1 points or more is meaningful.</source>
        <translation>Breyting um %1 stig eða meira er marktæk.</translation>
    </message>
    <message>
        <source>You see a client&apos;s scores only while they choose to share them with you. They can stop sharing at any time, and the scores leave this view at once. Asking is fine; the choice stays theirs.</source>
        <translation>Þú sérð skor skjólstæðings aðeins meðan hann velur að deila þeim með þér. Hann getur hætt að deila hvenær sem er og skorin hverfa þá strax úr þessari sýn. Það er í lagi að spyrja; valið er áfram hans.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::InvitationWizardPage</name>
    <message>
        <source>as a client</source>
        <translation>sem skjólstæðingur</translation>
    </message>
    <message>
        <source>as a professional</source>
        <translation>sem fagaðili</translation>
    </message>
    <message>
        <source>as HR</source>
        <translation>sem mannauðsdeild</translation>
    </message>
    <message>
        <source>as an administrator</source>
        <translation>sem kerfisstjóri</translation>
    </message>
    <message>
        <source>Your invitation</source>
        <translation>Boðið þitt</translation>
    </message>
    <message>
        <source>Your organisation&apos;s administrator sent you an invitation: a file ending in .%1, or a code starting with %2.</source>
        <translation>Kerfisstjóri skipulagsheildarinnar sendi þér boð: skrá sem endar á .%1, eða kóða sem byrjar á %2.</translation>
    </message>
    <message>
        <source>&amp;Open the invitation file…</source>
        <translation>&amp;Opna boðsskrána…</translation>
    </message>
    <message>
        <source>Or &amp;paste the code:</source>
        <translation>Eða &amp;líma kóðann:</translation>
    </message>
    <message>
        <source>Open the invitation</source>
        <translation>Opna boðið</translation>
    </message>
    <message>
        <source>Rapport invitations (*.%1);;All files (*)</source>
        <translation>Rapport-boð (*.%1);;Allar skrár (*)</translation>
    </message>
    <message>
        <source>your administrator</source>
        <translation>kerfisstjórann þinn</translation>
    </message>
    <message>
        <source>This invitation expired on %1. Ask %2 for a new one.</source>
        <translation>Þetta boð rann út %1. Biddu %2 um nýtt.</translation>
    </message>
    <message>
        <source>Your administrator</source>
        <translation>Kerfisstjórinn þinn</translation>
    </message>
    <message>
        <source>%1 invited you, %2, to join your organisation on %3 %4. The invitation works once, until %5. Next you choose a passphrase for this computer and your own password for the organisation.</source>
        <translation>%1 bauð þér, %2, að ganga í skipulagsheildina þína á %3 %4. Boðið gildir einu sinni, til %5. Næst velur þú aðgangsorð fyrir þessa tölvu og þitt eigið lykilorð hjá skipulagsheildinni.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::JoinOrganisationWizard</name>
    <message>
        <source>Join an organisation</source>
        <translation>Ganga í skipulagsheild</translation>
    </message>
    <message>
        <source>Open an invitation first.</source>
        <translation>Opnaðu fyrst boð.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Ganga í</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MainWindow</name>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Rapport is locked.</source>
        <translation>Rapport er læst.</translation>
    </message>
    <message>
        <source>&amp;Rapport</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Stillingar…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Læsa</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Hætta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjálp</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>&amp;Um Rapport</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Aflæsa…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Samstilla &amp;núna</translation>
    </message>
    <message>
        <source>Send your changes to your organisation&apos;s hub and fetch what it has for you</source>
        <translation>Senda breytingarnar þínar á miðlara stofnunarinnar þinnar og sækja það sem hann hefur fyrir þig</translation>
    </message>
    <message>
        <source>&amp;Join an Organisation…</source>
        <translation>&amp;Ganga í skipulagsheild…</translation>
    </message>
    <message>
        <source>Connect this Rapport to your organisation with an invitation from its administrator</source>
        <translation>Tengja þetta Rapport við skipulagsheildina þína með boði frá kerfisstjóra hennar</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PeopleModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Stillingar</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrei</translation>
    </message>
    <message numerus="yes">
        <source>After %n minutes without use</source>
        <translation>
            <numerusform>Eftir %n mínútu án notkunar</numerusform>
            <numerusform>Eftir %n mínútur án notkunar</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Lock Rapport:</source>
        <translation>&amp;Læsa Rapport:</translation>
    </message>
    <message>
        <source>Locking closes your data and asks for the passphrase again, so nobody else at this computer can read it.</source>
        <translation>Læsing lokar gögnunum þínum og biður aftur um lykilorðið, svo enginn annar við þessa tölvu geti lesið þau.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> daga</translation>
    </message>
    <message>
        <source>&amp;Remind me to check in after:</source>
        <translation>&amp;Minna mig á vellíðunarmat eftir:</translation>
    </message>
    <message>
        <source>When your last Wellbeing check-in is older than this, the dashboard reminds you, at most once a day.</source>
        <translation>Þegar síðasta vellíðunarmat er eldra en þetta minnir yfirlitið þig á, í mesta lagi einu sinni á dag.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Sjálfgefið í kerfinu</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Tungumál:</translation>
    </message>
    <message>
        <source>Dates and numbers follow the language too. The change takes effect at once; you stay signed in.</source>
        <translation>Dagsetningar og tölur fylgja tungumálinu líka. Breytingin tekur strax gildi; þú verður áfram innskráð(ur).</translation>
    </message>
    <message>
        <source>Your preferences could not be read: %1</source>
        <translation>Ekki tókst að lesa stillingarnar þínar: %1</translation>
    </message>
    <message>
        <source>Your preferences could not be saved: %1</source>
        <translation>Ekki tókst að vista stillingarnar þínar: %1</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Upphaf næðistíma</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Lok næðistíma</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>&amp;Quiet hours:</source>
        <translation>&amp;Næðistími:</translation>
    </message>
    <message>
        <source>S&amp;tart Rapport when I log in</source>
        <translation>&amp;Ræsa Rapport þegar ég skrái mig inn</translation>
    </message>
    <message>
        <source>Rapport then waits locked in the system tray and only reminds you; opening it asks for your passphrase as usual.</source>
        <translation>Rapport bíður þá læst í kerfisbakkanum og minnir þig aðeins á; þegar það er opnað er beðið um lykilorðið eins og venjulega.</translation>
    </message>
    <message>
        <source>Starting at login could not be changed: %1</source>
        <translation>Ekki tókst að breyta ræsingu við innskráningu: %1</translation>
    </message>
    <message>
        <source>While Rapport is open or waiting in the tray, it reminds you with a desktop notification, but never in these hours. The same hour twice means no quiet hours.</source>
        <translation>Á meðan Rapport er opið eða bíður í kerfisbakkanum minnir það þig á með tilkynningu á skjáborðinu, en aldrei á þessum tímum. Sami tími tvisvar þýðir engan kyrrðartíma.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProfessionalClientsModel</name>
    <message>
        <source>● Sharing</source>
        <translation>● Deilt</translation>
    </message>
    <message>
        <source>● Sharing: alliance only</source>
        <translation>● Deilt: aðeins samstarf</translation>
    </message>
    <message>
        <source>● Sharing: wellbeing only</source>
        <translation>● Deilt: aðeins vellíðan</translation>
    </message>
    <message>
        <source>● Not Sharing</source>
        <translation>● Ekki deilt</translation>
    </message>
    <message>
        <source>%1 (request pending)</source>
        <translation>%1 (beiðni bíður)</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Ekki deilt</translation>
    </message>
    <message>
        <source>No survey yet</source>
        <translation>Engin könnun enn</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>↑ improving (%1)</source>
        <translation>↑ batnar (%1)</translation>
    </message>
    <message>
        <source>→ stable</source>
        <translation>→ stöðugt</translation>
    </message>
    <message>
        <source>↓ declining (%1)</source>
        <translation>↓ versnar (%1)</translation>
    </message>
    <message>
        <source>after 2 surveys</source>
        <translation>eftir 2 kannanir</translation>
    </message>
    <message>
        <source>%1 does not share any scores with you.</source>
        <translation>%1 deilir engum skorum með þér.</translation>
    </message>
    <message>
        <source>%1 does not share any scores with you yet; your request is waiting for their answer.</source>
        <translation>%1 deilir engum skorum með þér enn; beiðnin þín bíður svars.</translation>
    </message>
    <message>
        <source>%1 shares with you but has not submitted anything shared yet.</source>
        <translation>%1 deilir með þér en hefur ekki enn svarað neinu sem er deilt.</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Síðast uppfært %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Skjólstæðingur</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Deilt</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>Samstarf</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Þróun</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Síðast uppfært</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProfessionalView</name>
    <message>
        <source>PROFESSIONAL VIEW</source>
        <translation>FAGAÐILASÝN</translation>
    </message>
    <message>
        <source>Your clients</source>
        <translation>Skjólstæðingar þínir</translation>
    </message>
    <message>
        <source>Alliance: the latest survey about your sessions. Scores appear only while a client shares them with you.</source>
        <translation>Samstarf: nýjasta könnunin um tímana hjá þér. Skor birtast aðeins meðan skjólstæðingur deilir þeim með þér.</translation>
    </message>
    <message>
        <source>No connected clients yet.</source>
        <translation>Engir tengdir skjólstæðingar enn.</translation>
    </message>
    <message>
        <source>1 connected client, %1 sharing with you.</source>
        <translation>1 tengdur skjólstæðingur, %1 deilir með þér.</translation>
    </message>
    <message>
        <source>%1 connected clients, %2 sharing with you.</source>
        <translation>%1 tengdir skjólstæðingar, %2 deila með þér.</translation>
    </message>
    <message>
        <source>You have no connected clients yet. An administrator connects clients with you.</source>
        <translation>Þú hefur enga tengda skjólstæðinga enn. Stjórnandi tengir skjólstæðinga við þig.</translation>
    </message>
    <message>
        <source>Choose a client on the left to see what they share with you.</source>
        <translation>Veldu skjólstæðing til vinstri til að sjá hvað hann deilir með þér.</translation>
    </message>
    <message>
        <source>The request could not be sent: %1</source>
        <translation>Ekki tókst að senda beiðnina: %1</translation>
    </message>
    <message>
        <source>How to read the &amp;scores</source>
        <translation>Hvernig lesa á &amp;skorin</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Upplýsingar um skjólstæðing</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProfessionalsDialog</name>
    <message>
        <source>My professionals</source>
        <translation>Fagaðilarnir mínir</translation>
    </message>
    <message>
        <source>The professionals you work with</source>
        <translation>Fagaðilarnir sem þú vinnur með</translation>
    </message>
    <message>
        <source>Add the therapists, coaches and counsellors you have sessions with, so you can rate how the work with each of them is going. They see your scores only while you share them.</source>
        <translation>Bættu við meðferðaraðilum, markþjálfum og ráðgjöfum sem þú ert í tímum hjá, svo þú getir metið hvernig samstarfið við hvern og einn gengur. Þau sjá skorin þín aðeins meðan þú deilir þeim.</translation>
    </message>
    <message>
        <source>Your professionals</source>
        <translation>Fagaðilarnir þínir</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Bæta við…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Endurnefna…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Fjarlægja…</translation>
    </message>
    <message>
        <source>You have not added a professional yet.</source>
        <translation>Þú hefur ekki bætt við fagaðila enn.</translation>
    </message>
    <message>
        <source>Add a professional</source>
        <translation>Bæta við fagaðila</translation>
    </message>
    <message>
        <source>Name of the professional:</source>
        <translation>Nafn fagaðilans:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Bæta við</translation>
    </message>
    <message>
        <source>Rename a professional</source>
        <translation>Endurnefna fagaðila</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Nýtt nafn fyrir %1:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Endurnefna</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Fjarlægja %1?</translation>
    </message>
    <message>
        <source>Remove %1 from your professionals?</source>
        <translation>Fjarlægja %1 úr fagaðilunum þínum?</translation>
    </message>
    <message>
        <source>%1 will no longer see any of your scores, and you will no longer rate sessions with them. Your past surveys about %1 stay with you: they remain in your history and in your exports.</source>
        <translation>%1 sér þá engin af skorunum þínum lengur og þú metur ekki lengur tíma hjá viðkomandi. Fyrri kannanir þínar um %1 verða áfram hjá þér: í sögunni þinni og í útflutningi.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjarlægja</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>Ekki tókst að fjarlægja %1: %2</translation>
    </message>
    <message>
        <source>%1 has been connected with you by your organisation. If you accept, %1 sees the scores you share; until then, nothing of you.</source>
        <translation>Vinnustaðurinn þinn hefur tengt %1 við þig. Ef þú samþykkir sér %1 þær niðurstöður sem þú deilir; þangað til ekkert um þig.</translation>
    </message>
    <message>
        <source>You declined the connection with %1: they see nothing of you.</source>
        <translation>Þú hafnaðir tengingunni við %1: %1 sér ekkert um þig.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Samþykkja</translation>
    </message>
    <message>
        <source>Accept the connection with %1</source>
        <translation>Samþykkja tenginguna við %1</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Hafna</translation>
    </message>
    <message>
        <source>Decline the connection with %1</source>
        <translation>Hafna tengingunni við %1</translation>
    </message>
    <message>
        <source>Your answer could not be saved: %1</source>
        <translation>Ekki tókst að vista svarið þitt: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::QuestionnaireDialog</name>
    <message>
        <source>Time frame: %1</source>
        <translation>Tímabil: %1</translation>
    </message>
    <message>
        <source>How is this measured?</source>
        <translation>Hvernig er þetta mælt?</translation>
    </message>
    <message>
        <source>No description of the method is available.</source>
        <translation>Engin lýsing á aðferðinni er tiltæk.</translation>
    </message>
    <message>
        <source>From %1 (%2) to %3 (%4)</source>
        <translation>Frá %1 (%2) til %3 (%4)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Statement %1: %2</source>
        <translation>Fullyrðing %1: %2</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Ekki svarað enn</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Senda</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Sleppa</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>Svarið þitt: %1</translation>
    </message>
    <message>
        <source>All statements answered. You can submit now.</source>
        <translation>Öllum fullyrðingum svarað. Þú getur sent núna.</translation>
    </message>
    <message>
        <source>%1 of %2 statements answered.</source>
        <translation>%1 af %2 fullyrðingum svarað.</translation>
    </message>
    <message>
        <source>Hide how this is measured</source>
        <translation>Fela hvernig þetta er mælt</translation>
    </message>
    <message>
        <source>Not answered yet. %1.</source>
        <translation>Ekki svarað enn. %1.</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Fullyrðingar</translation>
    </message>
    <message>
        <source>Your answer: %1 of %2, %3.</source>
        <translation>Svarið þitt: %1 af %2, %3.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ScoreSeriesModel</name>
    <message>
        <source>Date</source>
        <translation>Dagsetning</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SessionController</name>
    <message>
        <source>The questionnaires could not be loaded: %1</source>
        <translation>Ekki tókst að hlaða spurningalistunum: %1</translation>
    </message>
    <message>
        <source>The demo could not be prepared: %1</source>
        <translation>Ekki tókst að undirbúa sýniútgáfuna: %1</translation>
    </message>
    <message>
        <source>Demo data: the passphrase is %1</source>
        <translation>Sýnigögn: lykilorðið er %1</translation>
    </message>
    <message>
        <source>Nobody is set up yet</source>
        <translation>Enginn hefur verið skráður enn</translation>
    </message>
    <message>
        <source>This Rapport data has no people in it. Use rapport-cli to add people.</source>
        <translation>Engir einstaklingar eru í þessum Rapport-gögnum. Notaðu rapport-cli til að bæta fólki við.</translation>
    </message>
    <message>
        <source>Who is using Rapport?</source>
        <translation>Hver er að nota Rapport?</translation>
    </message>
    <message>
        <source>Choose yourself from the list.</source>
        <translation>Veldu þig af listanum.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Áfram</translation>
    </message>
    <message>
        <source>The demo has nobody in the %1 role.</source>
        <translation>Enginn í sýniútgáfunni hefur hlutverkið %1.</translation>
    </message>
    <message>
        <source>This person is not here</source>
        <translation>Þessi einstaklingur er ekki hér</translation>
    </message>
    <message>
        <source>Nobody with the id %1 is in this Rapport data. Check the id with rapport-cli person list, then start Rapport again.</source>
        <translation>Enginn með auðkennið %1 er í þessum Rapport-gögnum. Athugaðu auðkennið með rapport-cli person list og ræstu svo Rapport aftur.</translation>
    </message>
    <message>
        <source>This person cannot open the %1 mode</source>
        <translation>Þessi einstaklingur getur ekki opnað haminn %1</translation>
    </message>
    <message>
        <source>%1 is set up as %2, not as %3, so Rapport does not open the %3 mode for them. Start Rapport with --mode %4 instead, or without --mode to choose who is using Rapport.</source>
        <translation>%1 er skráð(ur) sem %2, ekki sem %3, svo Rapport opnar ekki haminn %3 fyrir viðkomandi. Ræstu Rapport frekar með --mode %4, eða án --mode til að velja hver er að nota Rapport.</translation>
    </message>
    <message>
        <source>Rapport — %1</source>
        <translation>Rapport — %1</translation>
    </message>
    <message>
        <source>Rapport — Professional view — %1</source>
        <translation>Rapport — Fagaðilasýn — %1</translation>
    </message>
    <message>
        <source>Rapport — HR view — %1</source>
        <translation>Rapport — Mannauðssýn — %1</translation>
    </message>
    <message>
        <source>Rapport — Administration — %1</source>
        <translation>Rapport — Stjórnun — %1</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (sýniútgáfa)</translation>
    </message>
    <message>
        <source>Rapport — demo</source>
        <translation>Rapport — sýniútgáfa</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Automatic backup written: %1</source>
        <translation>Sjálfvirkt öryggisafrit skrifað: %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Sjálfvirkt öryggisafrit mistókst: %1</translation>
    </message>
    <message>
        <source>Rapport cannot start</source>
        <translation>Rapport getur ekki ræst</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read.</source>
        <translation>Ekki er hægt að lesa lykilorðsskrána %1.</translation>
    </message>
    <message>
        <source>Rapport is locked.</source>
        <translation>Rapport er læst.</translation>
    </message>
    <message>
        <source>Rapport was locked; unlock it and try again.</source>
        <translation>Rapport var læst; opnaðu það og reyndu aftur.</translation>
    </message>
    <message>
        <source>Connecting to your organisation&apos;s hub…</source>
        <translation>Tengist miðlægum þjóni skipulagsheildarinnar…</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ShareRequestBanner</name>
    <message>
        <source>Share</source>
        <translation>Deila</translation>
    </message>
    <message>
        <source>Turns sharing of this score on for all of your professionals.</source>
        <translation>Kveikir á deilingu þessa skors fyrir alla fagaðilana þína.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ekki núna</translation>
    </message>
    <message>
        <source>Hides this request until tomorrow. Nothing is shared and the request is not answered.</source>
        <translation>Felur þessa beiðni til morguns. Engu er deilt og beiðninni er ekki svarað.</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Hafna</translation>
    </message>
    <message>
        <source>Answers no. You can still turn sharing on later under Sharing.</source>
        <translation>Svarar neitandi. Þú getur samt kveikt á deilingu síðar undir Deiling.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SharingDialog</name>
    <message>
        <source>Sharing</source>
        <translation>Deilt</translation>
    </message>
    <message>
        <source>Not Sharing</source>
        <translation>Ekki deilt</translation>
    </message>
    <message>
        <source>Share your scores with your professionals</source>
        <translation>Deildu skorunum þínum með fagaðilunum þínum</translation>
    </message>
    <message>
        <source>Share my Professional Alliance score</source>
        <translation>Deila skori mínu fyrir samstarf við fagaðila</translation>
    </message>
    <message>
        <source>Share my Wellbeing score</source>
        <translation>Deila vellíðunarskori mínu</translation>
    </message>
    <message>
        <source>Sharing lets the professionals you work with see this score, so you can talk about how things are going. It is off until you turn it on. A choice applies to all of your professionals at once, and you can change it at any time: turning it off hides the score from them straight away. Your organisation, your manager and HR never see your individual results, only anonymous totals for the whole programme.</source>
        <translation>Þegar þú deilir sjá fagaðilarnir sem þú vinnur með þetta skor, svo þið getið rætt hvernig gengur. Slökkt er á deilingu þar til þú kveikir á henni. Valið gildir fyrir alla fagaðilana þína í einu og þú getur breytt því hvenær sem er: ef þú slekkur á deilingu hverfur skorið strax úr þeirra sýn. Vinnustaðurinn þinn, yfirmaður og mannauðsdeild sjá aldrei einstakar niðurstöður þínar, aðeins nafnlausar heildartölur fyrir allt verkefnið.</translation>
    </message>
    <message>
        <source>Your sharing history</source>
        <translation>Saga deilinga þinna</translation>
    </message>
    <message>
        <source>Sharing history</source>
        <translation>Saga deilinga</translation>
    </message>
    <message>
        <source>Your choice could not be saved: %1</source>
        <translation>Ekki tókst að vista valið þitt: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SharingLogModel</name>
    <message>
        <source>Professional Alliance</source>
        <translation>Samstarf við fagaðila</translation>
    </message>
    <message>
        <source>Wellbeing Score</source>
        <translation>Vellíðunarskor</translation>
    </message>
    <message>
        <source>Started sharing</source>
        <translation>Byrjaði að deila</translation>
    </message>
    <message>
        <source>Stopped sharing</source>
        <translation>Hætti að deila</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvenær</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Breyting</translation>
    </message>
    <message>
        <source>A professional</source>
        <translation>Fagaðili</translation>
    </message>
    <message>
        <source>Connection with %1</source>
        <translation>Tenging við %1</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Samþykkt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Hafnað</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SubmissionLogModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dagsetning</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Spurningalisti</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Fagaðili</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SyncController</name>
    <message>
        <source>The hub password could not be remembered in the system keychain: %1</source>
        <translation>Ekki tókst að geyma lykilorð miðlarans í lyklakippu kerfisins: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TrayController</name>
    <message>
        <source>Open Rapport</source>
        <translation>Opna Rapport</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Skrá líðan núna</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Hætta</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TrendChart</name>
    <message>
        <source>Date</source>
        <translation>Dagsetning</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: no results yet</source>
        <translation>%1: engar niðurstöður enn</translation>
    </message>
    <message>
        <source>improving</source>
        <translation>batnar</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stöðugt</translation>
    </message>
    <message>
        <source>declining</source>
        <translation>versnar</translation>
    </message>
    <message>
        <source>no trend yet</source>
        <translation>engin þróun enn</translation>
    </message>
    <message>
        <source>%1: latest %2 on %3, %4 (number of results: %5)</source>
        <translation>%1: síðast %2, dags. %3, %4 (fjöldi niðurstaðna: %5)</translation>
    </message>
    <message>
        <source>%1: no results yet.</source>
        <translation>%1: engar niðurstöður enn.</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <translation>%1. %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>rapport::ui::UnlockDialog</name>
    <message>
        <source>Unlock Rapport</source>
        <translation>Aflæsa Rapport</translation>
    </message>
    <message>
        <source>Your data is encrypted. Enter your passphrase to open it.</source>
        <translation>Gögnin þín eru dulkóðuð. Sláðu inn lykilorðið þitt til að opna þau.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lykilorð:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lykilorð</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Sýna</translation>
    </message>
    <message>
        <source>Show or hide the passphrase</source>
        <translation>Sýna eða fela lykilorðið</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Sýna lykilorð</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Fela</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Fela lykilorð</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Aflæsa</translation>
    </message>
    <message>
        <source>That passphrase is not correct. Check Caps Lock and try again.</source>
        <translation>Þetta lykilorð er ekki rétt. Athugaðu hástafalásinn og reyndu aftur.</translation>
    </message>
    <message>
        <source>This Rapport data is already open in another Rapport window. Close it there, then try again.</source>
        <translation>Þessi Rapport-gögn eru þegar opin í öðrum Rapport-glugga. Lokaðu þeim þar og reyndu svo aftur.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Aflæsi…</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Aflæsi</translation>
    </message>
</context>
</TS>
