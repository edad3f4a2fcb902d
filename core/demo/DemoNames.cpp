#include "DemoNames.h"

#include <initializer_list>

namespace rapport::DemoNames {
namespace {

QList<QString> fromUtf8(std::initializer_list<const char*> words)
{
    QList<QString> list;
    list.reserve(static_cast<qsizetype>(words.size()));
    for (const char* word : words) {
        list.append(QString::fromUtf8(word));
    }
    return list;
}

} // namespace

QList<QString> givenNames()
{
    return fromUtf8({
        "Ada",     "Aiko",    "Aisha",    "Akira",    "Alejandro", "Amara",  "Amir",      "Ana",       "Anders",
        "Andrea",  "Anh",     "Arjun",    "Astrid",   "Ayşe",      "Bao",    "Beatriz",   "Benedikt",  "Björn",
        "Camille", "Carlos",  "Chidi",    "Chloé",    "Daniel",    "Dara",   "David",     "Elif",      "Elena",
        "Emeka",   "Emma",    "Erik",     "Esther",   "Fatima",    "Felix",  "Finn",      "Freya",     "Gabriel",
        "Grace",   "Guðrún",  "Hana",     "Hannah",   "Haruto",    "Helga",  "Hiroshi",   "Ibrahim",   "Ingrid",
        "Isabel",  "Ivan",    "Jamal",    "Javier",   "Jin",       "Jón",    "Julia",     "Jürgen",    "Kai",
        "Kaito",   "Karin",   "Kateřina", "Kenji",    "Kwame",     "Lars",   "Layla",     "Lea",       "Leila",
        "Lena",    "Liam",    "Lin",      "Lucas",    "Lucía",     "Luis",   "Maja",      "Malik",     "Marek",
        "María",   "Mateo",   "Mei",      "Mia",      "Mohammed",  "Nadia",  "Naledi",    "Nia",       "Niamh",
        "Nikolai", "Noah",    "Nomvula",  "Olga",     "Oliver",    "Olu",    "Omar",      "Óskar",     "Priya",
        "Rahul",   "Ravi",    "Rin",      "Rosa",     "Ruth",      "Samir",  "Sara",      "Sebastián", "Sigríður",
        "Sofia",   "Sun-hee", "Tariq",    "Thandiwe", "Theo",      "Tomás",  "Valentina", "Wei",       "Xin",
        "Yara",    "Yasmin",  "Yusuf",    "Zainab",   "Zofia",     "Þórunn",
    });
}

QList<QString> familyNames()
{
    return fromUtf8({
        "Abebe",     "Adeyemi",    "Ahmed",     "Almeida",   "Andersson",  "Baker",     "Berg",    "Bianchi",
        "Boateng",   "Bose",       "Carvalho",  "Chen",      "Clarke",     "Cohen",     "Costa",   "Cruz",
        "de Vries",  "Demir",      "Diallo",    "Dlamini",   "Dubois",     "Esposito",  "Evans",   "Eze",
        "Fernández", "Ferreira",   "García",    "Gupta",     "Haddad",     "Halvorsen", "Hassan",  "Horváth",
        "Hughes",    "Ivanova",    "Iyer",      "Jansen",    "Jónsdóttir", "Kaya",      "Keita",   "Khan",
        "Kim",       "Korhonen",   "Kovač",     "Kowalski",  "Le",         "Levi",      "Li",      "Lim",
        "Lindqvist", "Liu",        "Magnússon", "Mehta",     "Mensah",     "Morales",   "Moreau",  "Müller",
        "Murphy",    "Mwangi",     "Nair",      "Nakamura",  "Ng",         "Nguyen",    "Nielsen", "Novak",
        "O'Brien",   "Obi",        "Okafor",    "Ortiz",     "Park",       "Patel",     "Petrov",  "Pham",
        "Popescu",   "Ramírez",    "Rao",       "Reyes",     "Romano",     "Rossi",     "Sato",    "Schmidt",
        "Sharma",    "Sigurðsson", "Silva",     "Singh",     "Sousa",      "Tan",       "Tanaka",  "Thompson",
        "Tran",      "Traoré",     "Varga",     "Virtanen",  "Volkov",     "Walker",    "Wang",    "Wong",
        "Yamamoto",  "Yılmaz",     "Zhang",     "Zielińska",
    });
}

QList<DemoTeam> teams()
{
    return {
        {QStringLiteral("Engineering"), 1.6, true},
        {QStringLiteral("Customer Care"), 1.4, true},
        {QStringLiteral("Sales"), 1.3, true},
        {QStringLiteral("Operations"), 1.3, true},
        {QStringLiteral("Finance"), 0.8, true},
        {QStringLiteral("People & Culture"), 0.5, true},
        {QStringLiteral("Product"), 0.9, false},
        {QStringLiteral("Marketing"), 0.8, false},
        {QStringLiteral("Research"), 0.7, false},
        {QStringLiteral("IT Support"), 0.6, false},
        {QStringLiteral("Facilities"), 0.4, false},
        {QStringLiteral("Legal"), 0.35, false},
    };
}

} // namespace rapport::DemoNames
