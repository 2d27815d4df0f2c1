#include "session_support.h"

#include <QSignalSpy>
#include <QTest>

namespace fluxlens::testing {

std::unique_ptr<CacheSession> openSession(const QString& path) {
    auto session = std::make_unique<CacheSession>();
    QSignalSpy opened(session.get(), &CacheSession::opened);
    QSignalSpy failed(session.get(), &CacheSession::openFailed);
    session->open(path);
    if (!QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, guiWaitMs())) {
        qWarning("%s: the session did not open in time", qPrintable(path));
        return nullptr;
    }
    if (!failed.isEmpty()) {
        qWarning("%s", qPrintable(failed.first().at(1).toString()));
        return nullptr;
    }
    return session;
}

} // namespace fluxlens::testing
