#pragma once

// The site's contact endpoint as the tests need it: it accepts an Idempotency-Key only once and
// counts the deliveries it accepted, so "nothing lost, nothing doubled" is a number to compare.

#include "TestHttpServer.h"

#include <QMap>
#include <QMutex>
#include <QSet>
#include <QUrl>

#include <deque>

namespace ichq::test {

class ContactServer
{
public:
    struct Step
    {
        bool accept = false;   // store the message before answering with `response`
        HttpResponse response; // what this request gets
    };

    bool start()
    {
        m_http.route("/contact", [this](const HttpRequest &request) { return handle(request); });
        return m_http.start();
    }

    QUrl endpoint() const { return m_http.url(QStringLiteral("/contact")); }
    TestHttpServer &http() { return m_http; }

    // The next requests get these, in order; after them every request is accepted with a 200.
    void push(const HttpResponse &response, bool accept = false)
    {
        QMutexLocker lock(&m_mutex);
        m_script.push_back({accept, response});
    }

    int accepted() const
    {
        QMutexLocker lock(&m_mutex);
        return m_accepted;
    }

    QList<QMap<QString, QString>> acceptedForms() const
    {
        QMutexLocker lock(&m_mutex);
        return m_forms;
    }

    QList<QByteArray> acceptedKeys() const
    {
        QMutexLocker lock(&m_mutex);
        return m_keysInOrder;
    }

    static QMap<QString, QString> parseForm(const QByteArray &body)
    {
        QMap<QString, QString> form;
        for (const QByteArray &pair : body.split('&')) {
            const qsizetype eq = pair.indexOf('=');
            QByteArray value = pair.mid(eq + 1);
            value.replace('+', ' ');
            form.insert(QString::fromUtf8(pair.left(eq)),
                        QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
        }
        return form;
    }

private:
    HttpResponse handle(const HttpRequest &request)
    {
        QMutexLocker lock(&m_mutex);
        Step step{true, HttpResponse::ok(R"({"status":"received"})", "application/json")};
        if (!m_script.empty()) {
            step = m_script.front();
            m_script.pop_front();
        }
        if (!step.accept)
            return step.response;
        const QByteArray key = request.header("idempotency-key");
        if (key.isEmpty())
            return HttpResponse::withStatus(400, R"({"message":"Idempotency-Key missing"})");
        // A repeated key is answered like the first time, and not stored again.
        if (!m_keys.contains(key)) {
            m_keys.insert(key);
            m_keysInOrder << key;
            m_forms << parseForm(request.body);
            ++m_accepted;
        }
        return step.response;
    }

    TestHttpServer m_http;
    mutable QMutex m_mutex;
    std::deque<Step> m_script;
    QSet<QByteArray> m_keys;
    QList<QByteArray> m_keysInOrder;
    QList<QMap<QString, QString>> m_forms;
    int m_accepted = 0;
};

} // namespace ichq::test
