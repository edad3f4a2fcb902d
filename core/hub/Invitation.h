#pragma once

#include "common/Error.h"
#include "crypto/SecureBytes.h"
#include "domain/Role.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace rapport::hub {

/**
 * An invitation to join an organisation's hub, for one person: where the hub is, which certificate authority to
 * trust for it, the person's login and a one-time secret that logs in until `expiresAt` and works once (the person
 * replaces it with a password of their own when they join; docs/hub.md, "Invitations"). It never holds a lasting
 * password. Travels as a small file (`*.rapport-invitation`, JSON) or as a code to paste (`rapport-invitation:` and
 * the same JSON compressed, in base64url).
 */
/**
 * A secret held as UTF-8 in guarded memory, as the text libpq and the hub's functions take for a password. The copy
 * is ordinary memory: use it for the one call that needs it.
 */
[[nodiscard]] QString secretText(const SecureBytes& secret);

class Invitation
{
public:
    /** The file's name ending, registered with the desktop so that opening the file starts `rapport --join`. */
    static inline const QString FileSuffix = QStringLiteral("rapport-invitation");
    static inline const QString CodePrefix = QStringLiteral("rapport-invitation:");

    QUuid id;
    QString hubUri; ///< libpq URI with the login, host, database and sslmode; never a password
    QByteArray caCertificate; ///< PEM of the authority that signed the hub's certificate; empty: the system's
    QUuid personId;
    QString personName;
    Role role = Role::Client;
    QString invitedBy; ///< the admin's name, shown to the person ("Dana invited you as a client")
    QDateTime expiresAt;
    SecureBytes secret; ///< UTF-8 text: the login's one-time password

    Invitation() = default;
    Invitation(Invitation&&) noexcept = default;
    Invitation& operator=(Invitation&&) noexcept = default;
    [[nodiscard]] Invitation clone() const;

    /** A fresh one-time secret (24 random bytes in base64url: 32 characters). */
    [[nodiscard]] static SecureBytes newSecret();

    [[nodiscard]] bool hasExpired(const QDateTime& now) const { return now >= expiresAt; }

    [[nodiscard]] QByteArray toJson() const;
    /** The code form: one line, for pasting into the first-run wizard or `--invitation -`. */
    [[nodiscard]] QString toCode() const;

    /** Reads either form (a file's bytes or a code). ForeignFile for anything that is not an invitation. */
    [[nodiscard]] static Result<Invitation> parse(const QByteArray& fileOrCode);
    /** Reads an invitation file. NotFound, Io, ForeignFile, CorruptFile. */
    [[nodiscard]] static Result<Invitation> load(const QString& path);
    /** Writes the file atomically, readable by its owner only (it holds the one-time secret). */
    [[nodiscard]] Result<void> save(const QString& path) const;
};

} // namespace rapport::hub
