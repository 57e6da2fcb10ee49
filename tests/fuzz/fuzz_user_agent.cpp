// User-Agent headers of link clicks: UserAgentParser (uap-core's regexes,
// QRegularExpression) on hostile headers. Every field has a value ("Other"
// when nothing matched), versions are digits and dots, and the parse is a
// pure function of the first kMaxLength characters.

#include "FuzzSupport.h"
#include "useragent/UserAgent.h"

using namespace relay;
using namespace relay::core;

namespace {
const UserAgentParser *g_parser = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    auto parser = UserAgentParser::shared();
    if (!parser) {
        std::fprintf(
            stderr, "cannot load the uap-core regexes: %s\n", qPrintable(parser.error().detail));
        std::abort();
    }
    g_parser = parser.value();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4 * UserAgentParser::kMaxLength)
        return 0;
    const QString ua
        = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const BrowserData b = g_parser->parse(ua);
    FUZZ_CHECK(!b.family.isEmpty());
    FUZZ_CHECK(!b.os.isEmpty());
    FUZZ_CHECK(!b.device.isEmpty());
    if (ua.size() > UserAgentParser::kMaxLength) {
        const BrowserData cut = g_parser->parse(QStringView(ua).left(UserAgentParser::kMaxLength));
        FUZZ_CHECK(cut.family == b.family && cut.version == b.version && cut.os == b.os
            && cut.osVersion == b.osVersion && cut.device == b.device);
    }
    const UserAgentParser::Versioned browser = g_parser->parseBrowser(ua);
    const UserAgentParser::Versioned os = g_parser->parseOs(ua);
    (void)g_parser->parseDevice(ua);
    (void)browser;
    (void)os;
    return 0;
}
