#include "PrivateFile.h"

namespace relay::core {

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

PrivateFile::PrivateFile(const QString &path) : m_path(path), m_file(path) { }

PrivateFile::~PrivateFile()
{
    if (!m_committed && m_file.isOpen())
        m_file.cancelWriting();
}

Error PrivateFile::failure() const
{
    return makeError(ErrorCode::Io, m_path + QStringLiteral(": ") + m_file.errorString());
}

Status PrivateFile::open()
{
    if (!m_file.open(QIODevice::WriteOnly))
        return failure();
    // The temporary exists now, empty: closed to others before any content.
    if (!m_file.setPermissions(kOwnerOnly)) {
        m_file.cancelWriting();
        return makeError(ErrorCode::Io, m_path + QStringLiteral(": cannot make it private (0600)"));
    }
    return {};
}

Status PrivateFile::commit()
{
    if (!m_file.commit())
        return failure();
    m_committed = true;
    return {};
}

Status PrivateFile::write(const QString &path, const QByteArray &bytes)
{
    PrivateFile file(path);
    if (auto opened = file.open(); !opened)
        return opened;
    if (file.device().write(bytes) != bytes.size())
        return file.failure();
    return file.commit();
}

} // namespace relay::core
