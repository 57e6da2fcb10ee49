#include "OrgKeychain.h"

#include "privacy/SecretStore.h"

#include <cstring>

namespace relay::core {

namespace {

// The entry: one header line, then the secrets back to back.
//   relay-org-1 \t refresh|jwt \t consumer key \t username \t first secret's length \n
//   first secret (client secret, or the PEM key) | second secret (refresh token, or nothing)
constexpr QByteArrayView kMagic = "relay-org-1";

Error notOurs()
{
    return makeError(
        ErrorCode::Keychain, QStringLiteral("the keychain entry is not in Relay Audit's format"));
}

bool plainField(const QString &value)
{
    return !value.contains(QLatin1Char('\t')) && !value.contains(QLatin1Char('\n'));
}

std::size_t sizeOf(const std::shared_ptr<SecretBytes> &secret)
{
    return secret ? secret->size() : 0;
}

} // namespace

QString OrgKeychain::entryName(const QString &org)
{
    return QStringLiteral("salesforce-org:") + org;
}

void OrgKeychain::store(
    SecretStore &store, const QString &org, const SalesforceClient::Login &login, Done done)
{
    if (org.isEmpty() || !plainField(login.clientId) || !plainField(login.username)) {
        done(makeError(ErrorCode::InvalidInput,
            QStringLiteral("an org's login needs the org's name, and a consumer key and username "
                           "without tabs or line breaks")));
        return;
    }
    const QString name = entryName(org);
    const bool jwt = login.flow == SalesforceClient::Login::Flow::JwtBearer;
    const std::shared_ptr<SecretBytes> &first = jwt ? login.privateKeyPem : login.clientSecret;
    const std::shared_ptr<SecretBytes> second = jwt ? nullptr : login.refreshToken;
    const QByteArray header = kMagic.toByteArray() + '\t' + (jwt ? "jwt" : "refresh") + '\t'
        + login.clientId.toUtf8() + '\t' + login.username.toUtf8() + '\t'
        + QByteArray::number(static_cast<qulonglong>(sizeOf(first))) + '\n';
    SecretBytes packed(static_cast<std::size_t>(header.size()) + sizeOf(first) + sizeOf(second));
    unsigned char *out = packed.data();
    std::memcpy(out, header.constData(), static_cast<std::size_t>(header.size()));
    out += header.size();
    if (first) {
        std::memcpy(out, first->data(), first->size());
        out += first->size();
    }
    if (second)
        std::memcpy(out, second->data(), second->size());
    store.write(name, packed, std::move(done));
}

void OrgKeychain::load(
    SecretStore &store, const QString &org, SalesforceClient::Login login, Loaded loaded)
{
    store.read(entryName(org),
        [login = std::move(login), loaded = std::move(loaded)](Result<SecretBytes> packed) mutable {
            if (!packed) {
                loaded(packed.error());
                return;
            }
            const auto *data = reinterpret_cast<const char *>(packed->data());
            const std::size_t size = packed->size();
            const auto *newline = static_cast<const char *>(std::memchr(data, '\n', size));
            if (!newline) {
                loaded(notOurs());
                return;
            }
            // The header holds no secret: a plain copy is fine.
            const QList<QByteArray> fields = QByteArray(data, newline - data).split('\t');
            const std::size_t rest = size - static_cast<std::size_t>(newline - data) - 1;
            bool numeric = false;
            const qulonglong firstSize
                = fields.size() == 5 ? fields.at(4).toULongLong(&numeric) : 0;
            if (fields.size() != 5 || fields.at(0) != kMagic || !numeric || firstSize > rest
                || (fields.at(1) != "jwt" && fields.at(1) != "refresh")) {
                loaded(notOurs());
                return;
            }
            const auto *secrets = reinterpret_cast<const unsigned char *>(newline + 1);
            auto first = std::make_shared<SecretBytes>(secrets, firstSize);
            login.clientId = QString::fromUtf8(fields.at(2));
            login.username = QString::fromUtf8(fields.at(3));
            if (fields.at(1) == "jwt") {
                login.flow = SalesforceClient::Login::Flow::JwtBearer;
                login.privateKeyPem = std::move(first);
            } else {
                login.flow = SalesforceClient::Login::Flow::RefreshToken;
                login.clientSecret = std::move(first);
                login.refreshToken
                    = std::make_shared<SecretBytes>(secrets + firstSize, rest - firstSize);
            }
            loaded(std::move(login));
        });
}

void OrgKeychain::remove(SecretStore &store, const QString &org, Done done)
{
    store.remove(entryName(org), std::move(done));
}

} // namespace relay::core
