// The OpenNebula emulator's XML-RPC, which must not be the client's (the client and the emulator would agree
// on the same bug): hand-written calls (never made by the client's codec) get answers checked byte for byte
// against xmlrpc-c's layout, malformed calls get xmlrpc-c's faults and HTTP answers, the emulator's own
// reader and writer are checked on hand-written documents, and the client's codec is checked against them
// in both directions. The emulator's binary must not contain the client's codec at all.
#include "CloudEmulatorProcess.h"
#include "TestPaths.h"
#include "cloud/XmlRpc.h"
#include "xmlrpc/CallReader.h"
#include "xmlrpc/ResponseWriter.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using daas::emulator::xmlrpc::Value;
using daas::testing::CloudEmulatorProcess;
namespace emu = daas::emulator::xmlrpc;
namespace client = daas::cloud::XmlRpc;

Q_DECLARE_METATYPE(daas::emulator::xmlrpc::Value)

namespace {

// ---- the bytes xmlrpc-c writes, by hand ----------------------------------------------------------------

const QByteArray kDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n";

QByteArray response(const QByteArray &value)
{
    return kDeclaration + "<methodResponse>\r\n<params>\r\n<param><value>" + value +
           "</value></param>\r\n</params>\r\n</methodResponse>\r\n";
}

QByteArray faultHead(int code)
{
    return kDeclaration +
           "<methodResponse>\r\n<fault>\r\n<value><struct>\r\n<member><name>faultCode</name>\r\n"
           "<value><i4>" +
           QByteArray::number(code) +
           "</i4></value></member>\r\n<member><name>faultString</name>\r\n<value><string>";
}

const QByteArray kFaultTail =
    "</string></value></member>\r\n</struct></value>\r\n</fault>\r\n</methodResponse>\r\n";

QByteArray fault(int code, const QByteArray &escapedText)
{
    return faultHead(code) + escapedText + kFaultTail;
}

// an array of already written <value>s, as xmlrpc-c lays it out
QByteArray array(const QList<QByteArray> &items)
{
    QByteArray out = "<array><data>\r\n";
    for (const QByteArray &item : items)
        out += "<value>" + item + "</value>\r\n";
    return out + "</data></array>";
}

// ---- hand-written calls -----------------------------------------------------------------------------------

QByteArray call(const QByteArray &method, const QList<QByteArray> &values)
{
    QByteArray out = "<?xml version=\"1.0\"?>\n<methodCall><methodName>" + method + "</methodName><params>";
    for (const QByteArray &v : values)
        out += "<param>" + v + "</param>";
    return out + "</params></methodCall>\n";
}

const QByteArray kSession = "<value><string>alice:alice-pw</string></value>";

// `depth` <value>s inside each other, arrays all but the innermost
QByteArray nestedArrays(int depth)
{
    return QByteArray("<value><array><data>").repeated(depth - 1) + "<value>x</value>" +
           QByteArray("</data></array></value>").repeated(depth - 1);
}

// ---- HTTP, raw, so that nothing of the client is involved -------------------------------------------

struct HttpAnswer
{
    int status = 0;
    QByteArray head;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

HttpAnswer exchange(const QUrl &base, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray in;
    const QDeadlineTimer deadline(15000);
    HttpAnswer answer;
    for (;;) {
        in += socket.readAll();
        const qsizetype end = in.indexOf("\r\n\r\n");
        if (end >= 0) {
            answer.head = in.left(end);
            const qsizetype length = answer.header("Content-Length").toLongLong();
            if (in.size() >= end + 4 + length) {
                answer.body = in.mid(end + 4, length);
                answer.status = in.mid(9, 3).toInt(); // "HTTP/1.1 200 OK"
                return answer;
            }
        }
        if (deadline.hasExpired() ||
            (!socket.waitForReadyRead(int(deadline.remainingTime())) && socket.bytesAvailable() == 0 &&
             socket.state() != QAbstractSocket::ConnectedState))
            return answer;
    }
}

QByteArray post(const QByteArray &body)
{
    return "POST /RPC2 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/xml\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

class TestCloudXmlRpc : public QObject
{
    Q_OBJECT
    std::unique_ptr<CloudEmulatorProcess> m_cloud;

    HttpAnswer rpc(const QByteArray &body) { return exchange(m_cloud->baseUrl(), post(body)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_cloud = std::make_unique<CloudEmulatorProcess>(CloudEmulatorProcess::Kind::OpenNebula,
                                                         QStringList{u"--no-desktop"_s});
        QVERIFY2(m_cloud->isRunning(), qPrintable(m_cloud->log()));
    }
    void cleanupTestCase() { m_cloud.reset(); }

    void handWrittenCallsGetExactAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray version =
            response(array({"<boolean>1</boolean>", "<string>6.10.0</string>", "<i4>0</i4>"}));
        // the spec: a <value> without a type element is a string
        QTest::newRow("untyped session string")
            << call("one.system.version", {"<value>alice:alice-pw</value>"}) << version;
        QTest::newRow("white space, a comment and CDATA around the call")
            << QByteArray(
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<methodCall>\n  <!-- hand-written -->\n"
                   "  <methodName>one.system.version</methodName>\n  <params>\n    <param>\n"
                   "      <value><string><![CDATA[alice:alice-pw]]></string></value>\n    </param>\n"
                   "  </params>\n</methodCall>\n")
            << version;
        // one.user.login keeps the token it is given and answers it: what the reader made of the escapes
        // comes back through the writer. A CR sent as &#13; is a CR (not a line end), written back as &#x0d;
        QTest::newRow("token with markup, a CR and non-ASCII echoed")
            << call("one.user.login",
                    {kSession, "<value><string>alice</string></value>",
                     "<value><string>t&lt;o&amp;k&gt;\"'&#13;\xc3\xa9\xe2\x82\xac</string></value>",
                     "<value><i4>60</i4></value>"})
            << response(array({"<boolean>1</boolean>",
                               "<string>t&lt;o&amp;k&gt;&quot;'&#x0d;\xc3\xa9\xe2\x82\xac</string>",
                               "<i4>0</i4>"}));
        // <int> is <i4>; OpenNebula's failure: [false, "[method] text", code, id, <i8> replication index]
        QTest::newRow("<int> parameter, a failure result with <i8>")
            << call("one.vm.info", {kSession, "<value><int>99999</int></value>"})
            << response(array({"<boolean>0</boolean>",
                               "<string>[one.vm.info] Error getting virtual machine [99999].</string>",
                               "<i4>1024</i4>", "<i4>99999</i4>", "<i8>0</i8>"}));
    }
    void handWrittenCallsGetExactAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, expected);
        const HttpAnswer answer = rpc(body);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.header("Content-Type"), QByteArray("text/xml; charset=utf-8"));
        QCOMPARE(answer.body, expected);
    }

    // An empty parameter is an empty string, typed or not: login then makes up a token.
    void emptyStringsAreStrings_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("<value></value>") << QByteArray("<value></value>");
        QTest::newRow("<value/>") << QByteArray("<value/>");
        QTest::newRow("<string/>") << QByteArray("<value><string/></value>");
        QTest::newRow("<string></string>") << QByteArray("<value><string></string></value>");
    }
    void emptyStringsAreStrings()
    {
        QFETCH(QByteArray, token);
        const HttpAnswer answer = rpc(
            call("one.user.login", {kSession, "<value>alice</value>", token, "<value><i4>60</i4></value>"}));
        QCOMPARE(answer.status, 200);
        static const QRegularExpression made(
            u"^<\\?xml version=\"1.0\" "
            u"encoding=\"UTF-8\"\\?>\r\n<methodResponse>\r\n<params>\r\n<param><value>"
            u"<array><data>\r\n<value><boolean>1</boolean></value>\r\n<value><string>[0-9a-f]{40}</string>"
            u"</value>\r\n<value><i4>0</i4></value>\r\n</data></array></value></param>\r\n</params>\r\n"
            u"</methodResponse>\r\n$"_s);
        QVERIFY2(made.match(QString::fromUtf8(answer.body)).hasMatch(), answer.body.constData());
    }

    void malformedCallsGetXmlrpcCFaults_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("text"); // as written in the answer (escaped)
        const auto version = [](const QByteArray &value) { return call("one.system.version", {value}); };
        const QByteArray proper = "Call XML not a proper XML-RPC call.  ";
        QTest::newRow("not a methodCall") << QByteArray("<?xml version=\"1.0\"?><methodResponse/>") << -503
                                          << proper + "XML-RPC call should be a &lt;methodCall&gt; element.  "
                                                      "Instead, we have a &lt;methodResponse&gt; element.";
        QTest::newRow("no methodName")
            << QByteArray("<methodCall><params/></methodCall>") << -503
            << proper + "Expected &lt;methodCall&gt; to have child &lt;methodName&gt;";
        QTest::newRow("methodName with an element")
            << QByteArray("<methodCall><methodName><b>x</b></methodName></methodCall>") << -503
            << proper + "A &lt;methodName&gt; element should not have children.  This one has 1 of them.";
        QTest::newRow("a third child of methodCall")
            << QByteArray("<methodCall><methodName>one.system.version</methodName><params/><x/></methodCall>")
            << -503
            << proper + "&lt;methodCall&gt; has extraneous children, other than &lt;methodName&gt; and "
                        "&lt;params&gt;.  Total child count = 3";
        QTest::newRow("two values in a param")
            << version("<value>a</value><value>b</value>") << -503
            << proper + "Expected &lt;param&gt; to have 1 children, found 2";
        QTest::newRow("two types in a value")
            << version("<value><i4>1</i4><i4>2</i4></value>") << -503
            << proper + "&lt;value&gt; has 2 child elements.  Only zero or one "
                        "make sense.";
        QTest::newRow("unknown type") << version("<value><float>1.5</float></value>") << -503
                                      << proper + "Unknown value type -- XML element is named &lt;float&gt;";
        QTest::newRow("int starting with a space")
            << version("<value><i4> 5</i4></value>") << -503
            << proper + "&lt;int&gt; content ' 5' starts with white space";
        QTest::newRow("int with junk") << version("<value><i4>5x</i4></value>") << -503
                                       << proper + "&lt;int&gt; value '5x' contains non-numerical junk: 'x'";
        QTest::newRow("int beyond 32 bits")
            << version("<value><i4>2147483648</i4></value>") << -503
            << proper + "&lt;int&gt; value 2147483648 is above the range allowed "
                        "by XML-RPC (maximum is 2147483647)";
        QTest::newRow("boolean true")
            << version("<value><boolean>true</boolean></value>") << -503
            << proper + "&lt;boolean&gt; XML element content must be either '0' or '1' "
                        "according to XML-RPC.  This one has 'true'";
        QTest::newRow("array without data")
            << version("<value><array><value>1</value></array></value>") << -503
            << proper + "&lt;array&gt; element has &lt;value&gt; child.  Only "
                        "&lt;data&gt; makes sense.";
        QTest::newRow("member without a name")
            << version("<value><struct><member><value>1</value><value>2</value></member></struct></value>")
            << -503 << proper + "&lt;member&gt; has no &lt;name&gt; child";
        QTest::newRow("65 nested arrays")
            << version(nestedArrays(65)) << -503 << proper + "Nested data structure too deep.";
        // dispatch: xmlrpc-c's registry and oned's paramList getters
        QTest::newRow("unknown method") << call("one.vm.nothing", {kSession}) << -506
                                        << QByteArray("Method 'one.vm.nothing' not defined");
        QTest::newRow("no parameters") << QByteArray("<methodCall><methodName>one.system.version</methodName>"
                                                     "</methodCall>")
                                       << -501 << QByteArray("Not enough parameters");
        QTest::newRow("integer for the session")
            << version("<value><i4>5</i4></value>") << -501
            << QByteArray("Parameter that is supposed to be a string is not");
        QTest::newRow("<i8> for a VM id")
            << call("one.vm.info", {kSession, "<value><i8>42</i8></value>"}) << -501
            << QByteArray("Parameter that is supposed to be integer is not");
        // each method's parameters as oned reads them (src/rm/RequestManager*.cc): required ones by type,
        // optional ones only together with those read with them
        const QByteArray seven = "<value><i4>7</i4></value>";
        const QByteArray name = "<value><string>x</string></value>";
        QTest::newRow("instantiate without a name") << call("one.template.instantiate", {kSession, seven})
                                                    << -501 << QByteArray("Not enough parameters");
        QTest::newRow("instantiate with hold as an integer")
            << call("one.template.instantiate",
                    {kSession, seven, name, "<value><i4>0</i4></value>", "<value><string></string></value>"})
            << -501 << QByteArray("Parameter that is supposed to be boolean is not");
        QTest::newRow("instantiate with hold but no extra template")
            << call("one.template.instantiate",
                    {kSession, seven, name, "<value><boolean>0</boolean></value>"})
            << -501 << QByteArray("Not enough parameters");
        QTest::newRow("instantiate with persistent as a string")
            << call("one.template.instantiate", {kSession, seven, name, "<value><boolean>0</boolean></value>",
                                                 "<value></value>", "<value>no</value>"})
            << -501 << QByteArray("Parameter that is supposed to be boolean is not");
        QTest::newRow("template.info with extended as an integer")
            << call("one.template.info", {kSession, seven, "<value><i4>1</i4></value>"}) << -501
            << QByteArray("Parameter that is supposed to be boolean is not");
        QTest::newRow("vmpool.info without its state")
            << call("one.vmpool.info", {kSession, "<value><i4>-3</i4></value>", "<value><i4>-1</i4></value>",
                                        "<value><i4>-1</i4></value>"})
            << -501 << QByteArray("Not enough parameters");
        QTest::newRow("vmpool.info with a number for its query")
            << call("one.vmpool.info", {kSession, "<value><i4>-3</i4></value>", "<value><i4>-1</i4></value>",
                                        "<value><i4>-1</i4></value>", "<value><i4>-1</i4></value>", seven})
            << -501 << QByteArray("Parameter that is supposed to be a string is not");
        // the action string is read before the VM id, so a missing VM does not hide the mistyped action
        QTest::newRow("vm.action with a number for the action")
            << call("one.vm.action", {kSession, "<value><i4>1</i4></value>", "<value><i4>99999</i4></value>"})
            << -501 << QByteArray("Parameter that is supposed to be a string is not");
        QTest::newRow("user.login with a string for egid")
            << call("one.user.login", {kSession, "<value>alice</value>", "<value></value>",
                                       "<value><i4>60</i4></value>", "<value>-1</value>"})
            << -501 << QByteArray("Parameter that is supposed to be integer is not");
    }
    void malformedCallsGetXmlrpcCFaults()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(QByteArray, text);
        const HttpAnswer answer = rpc(body);
        // a fault is an XML-RPC answer: HTTP 200
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.header("Content-Type"), QByteArray("text/xml; charset=utf-8"));
        QCOMPARE(answer.body, fault(code, text));
    }

    void notXmlIsAParseFault()
    {
        const HttpAnswer answer = rpc("<methodCall><methodName>one.system.version</methodCall>");
        QCOMPARE(answer.status, 200);
        const QByteArray head =
            faultHead(-503) + "Call XML not a proper XML-RPC call.  Call is not valid XML.  ";
        QVERIFY2(answer.body.startsWith(head), answer.body.constData());
        QVERIFY2(answer.body.endsWith(kFaultTail), answer.body.constData());
    }

    // What xmlrpc-c's Abyss handler answers before any XML is read.
    void httpAnswersLikeAbyss()
    {
        const QUrl base = m_cloud->baseUrl();
        HttpAnswer answer =
            exchange(base, "GET /RPC2 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QCOMPARE(answer.status, 405);
        QVERIFY(answer.body.contains("POST is the only HTTP method this server understands"));
        answer = exchange(base, post({}));
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.body.contains("your request is empty (zero length)"));
        answer = exchange(base, "POST /RPC2 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QCOMPARE(answer.status, 411);
        QVERIFY(answer.body.contains("You must send a content-length HTTP header"));
        answer = exchange(base, "OPTIONS /RPC2 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.header("Allow"), QByteArray("POST"));
    }

    // From 5.10 one.vmpool.info answers VirtualMachine::to_xml_short bodies (no TEMPLATE_ID, CONTEXT,
    // SCHED_ACTION, PERMISSIONS, NIC RDP, USER_TEMPLATE attributes); one.vmpool.infoextended the whole ones.
    // Before 5.10 there is no infoextended (-506) and one.vmpool.info answers whole bodies.
    void poolInfoIsShortUnlessExtended()
    {
        HttpAnswer answer =
            rpc(call("one.template.instantiate",
                     {kSession, "<value><i4>7</i4></value>", "<value><string>pool</string></value>",
                      "<value><boolean>0</boolean></value>", "<value></value>",
                      "<value><boolean>0</boolean></value>"}));
        QVERIFY2(answer.body.contains("<boolean>1</boolean>"), answer.body.constData());
        const QList<QByteArray> pool{kSession, "<value><i4>-3</i4></value>", "<value><i4>-1</i4></value>",
                                     "<value><i4>-1</i4></value>", "<value><i4>-1</i4></value>"};
        // the pool's XML is a string in the answer: its markup arrives escaped
        const QByteArray shortBody = rpc(call("one.vmpool.info", pool)).body;
        QVERIFY2(shortBody.contains("&lt;VM&gt;&lt;ID&gt;"), shortBody.constData());
        QVERIFY2(shortBody.contains("&lt;NAME&gt;pool&lt;/NAME&gt;"), shortBody.constData());
        QVERIFY(shortBody.contains("&lt;CPU&gt;"));
        for (const QByteArray element :
             {"TEMPLATE_ID", "CONTEXT", "SCHED_ACTION", "PERMISSIONS", "PREV_STATE", "DESCRIPTION", "RDP"})
            QVERIFY2(!shortBody.contains(QByteArray("&lt;" + element + "&gt;")), element.constData());
        QVERIFY(shortBody.contains("&lt;USER_TEMPLATE&gt;&lt;/USER_TEMPLATE&gt;"));

        const QByteArray whole = rpc(call("one.vmpool.infoextended", pool)).body;
        for (const QByteArray element :
             {"TEMPLATE_ID", "CONTEXT", "SCHED_ACTION", "PREV_STATE", "DESCRIPTION"})
            QVERIFY2(whole.contains(QByteArray("&lt;" + element + "&gt;")), element.constData());

        CloudEmulatorProcess old(CloudEmulatorProcess::Kind::OpenNebula,
                                 {u"--no-desktop"_s, u"--result-arity"_s, u"4"_s});
        QVERIFY2(old.isRunning(), qPrintable(old.log()));
        answer = exchange(old.baseUrl(), post(call("one.vmpool.infoextended", pool)));
        QCOMPARE(answer.body, fault(-506, "Method 'one.vmpool.infoextended' not defined"));
        answer = exchange(old.baseUrl(),
                          post(call("one.template.instantiate", {kSession, "<value><i4>7</i4></value>",
                                                                 "<value><string>old</string></value>"})));
        QVERIFY2(answer.body.contains("<boolean>1</boolean>"), answer.body.constData());
        answer = exchange(old.baseUrl(), post(call("one.vmpool.info", pool)));
        QVERIFY2(answer.body.contains("&lt;TEMPLATE_ID&gt;7&lt;/TEMPLATE_ID&gt;"), answer.body.constData());
    }

    // The emulator's reader on hand-written values.
    void readerReadsValues_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<Value>("expected");
        QTest::newRow("untyped, white space kept")
            << QByteArray("<value>  two  words </value>") << Value::string(u"  two  words "_s);
        QTest::newRow("empty untyped") << QByteArray("<value></value>") << Value::string({});
        QTest::newRow("int extremes")
            << QByteArray(
                   "<value><array><data><value><int>-2147483648</int></value><value><i4>+7</i4></value>"
                   "</data></array></value>")
            << Value::array({Value::integer(-2147483647 - 1), Value::integer(7)});
        QTest::newRow("i8") << QByteArray("<value><i8>-9007199254740993</i8></value>")
                            << Value::i8(-9007199254740993LL);
        QTest::newRow("nested arrays")
            << QByteArray("<value><array><data><value><array><data><value><i4>1</i4></value><value><array>"
                          "<data/></array></value></data></array></value><value>x</value></data></array>"
                          "</value>")
            << Value::array({Value::array({Value::integer(1), Value::array({})}), Value::string(u"x"_s)});
        QTest::newRow("struct, a repeated name replaces in place")
            << QByteArray("<value><struct><member><name>a</name><value><i4>1</i4></value></member><member>"
                          "<value>v</value><name>b</name></member><member><name>a</name><value><boolean>0"
                          "</boolean></value></member></struct></value>")
            << Value::structure({{u"a"_s, Value::boolean(false)}, {u"b"_s, Value::string(u"v"_s)}});
        QTest::newRow("double, and an exponent as xmlrpc-c accepts")
            << QByteArray("<value><array><data><value><double>-12.5</double></value><value><double>3.4E6"
                          "</double></value></data></array></value>")
            << Value::array({Value::real(-12.5), Value::real(3.4e6)});
        QTest::newRow("dateTime") << QByteArray(
                                         "<value><dateTime.iso8601>19980717T14:08:55</dateTime.iso8601>"
                                         "</value>")
                                  << Value::dateTime(u"19980717T14:08:55"_s);
        QTest::newRow("base64 over lines")
            << QByteArray("<value><base64>\r\naGVs\r\nbG8=\r\n</base64></value>") << Value::base64("hello");
        QTest::newRow("nil") << QByteArray("<value><nil/></value>") << Value();
        QTest::newRow("64 nested arrays") << nestedArrays(64) << [] {
            Value v = Value::string(u"x"_s);
            for (int i = 1; i < 64; ++i)
                v = Value::array({v});
            return v;
        }();
    }
    void readerReadsValues()
    {
        QFETCH(QByteArray, value);
        QFETCH(Value, expected);
        const auto read = emu::readCall(call("m", {value}));
        const auto *c = std::get_if<emu::Call>(&read);
        QVERIFY2(c, c ? "" : qPrintable(std::get<emu::Fault>(read).message));
        QCOMPARE(c->method, u"m"_s);
        QCOMPARE(c->params.size(), size_t(1));
        QVERIFY2(c->params.front() == expected, qPrintable(c->params.front().describe()));
    }

    // The emulator's writer, byte for byte.
    void writerLaysOutAsXmlrpcC_data()
    {
        QTest::addColumn<Value>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("empty string") << Value::string({}) << QByteArray("<string></string>");
        QTest::newRow("markup, CR, non-ASCII")
            << Value::string(u"<a href=\"x\">&amp;</a>\r\n\u00e9\u20ac"_s)
            << QByteArray("<string>&lt;a "
                          "href=&quot;x&quot;&gt;&amp;amp;&lt;/a&gt;&#x0d;\n\xc3\xa9\xe2\x82\xac</string>");
        QTest::newRow("nested arrays")
            << Value::array({Value::array({Value::integer(1), Value::array({})}), Value::string(u""_s)})
            << array({array({"<i4>1</i4>", array({})}), "<string></string>"});
        QTest::newRow("struct in order")
            << Value::structure({{u"z"_s, Value::i8(1LL << 40)}, {u"a&b"_s, Value::boolean(true)}})
            << QByteArray(
                   "<struct>\r\n<member><name>z</name>\r\n<value><i8>1099511627776</i8></value></member>\r\n"
                   "<member><name>a&amp;b</name>\r\n<value><boolean>1</boolean></value></member>\r\n"
                   "</struct>");
        QTest::newRow("nil") << Value() << QByteArray("<nil/>");
        QTest::newRow("double without exponent")
            << Value::real(1.5e20) << QByteArray("<double>150000000000000000000</double>");
        QTest::newRow("base64") << Value::base64("hello") << QByteArray("<base64>\r\naGVsbG8=\r\n</base64>");
    }
    void writerLaysOutAsXmlrpcC()
    {
        QFETCH(Value, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(emu::writeResponse(value), response(expected));
    }

    // The client's codec against the emulator's, both ways, on values written out by hand for each side.
    void clientCodecAgreesWithTheEmulators_data()
    {
        QTest::addColumn<QVariant>("clientValue"); // what the client sends
        QTest::addColumn<Value>("wireValue");      // what that is on the wire
        QTest::addColumn<QVariant>("clientRead");  // what the client makes of wireValue in an answer
        const auto row = [](const char *name, const QVariant &sent, const Value &wire, const QVariant &read) {
            QTest::newRow(name) << sent << wire << read;
        };
        row("int", 41, Value::integer(41), qint64(41));
        row("int min", qint64(-2147483647 - 1), Value::integer(-2147483647 - 1), qint64(-2147483647 - 1));
        row("beyond 32 bits", qint64(1) << 31, Value::i8(qint64(1) << 31), qint64(1) << 31);
        row("true", true, Value::boolean(true), true);
        row("false", false, Value::boolean(false), false);
        const QString hostile = u"a<b&c>\"d'\r\ne \u00e9\u20ac \U0001F600 ]]>"_s;
        row("markup, CR, non-ASCII", hostile, Value::string(hostile), hostile);
        row("empty string", QString(), Value::string({}), QString());
        row("double", 0.1, Value::real(0.1), 0.1);
        row("bytes", QByteArray("\x00\x01\xfe\xff", 4), Value::base64(QByteArray("\x00\x01\xfe\xff", 4)),
            QByteArray("\x00\x01\xfe\xff", 4));
        const QDateTime when(QDate(1998, 7, 17), QTime(14, 8, 55), QTimeZone::UTC);
        row("dateTime", when, Value::dateTime(u"19980717T14:08:55"_s), when);
        row("nested lists", QVariantList{1, QVariantList{2, QVariantList{u"x"_s}}, QVariantList{}},
            Value::array({Value::integer(1),
                          Value::array({Value::integer(2), Value::array({Value::string(u"x"_s)})}),
                          Value::array({})}),
            QVariantList{qint64(1), QVariantList{qint64(2), QVariantList{u"x"_s}}, QVariantList{}});
        row("struct", QVariantMap{{u"a"_s, 1}, {u"b"_s, QVariantList{u""_s}}},
            Value::structure({{u"a"_s, Value::integer(1)}, {u"b"_s, Value::array({Value::string({})})}}),
            QVariantMap{{u"a"_s, qint64(1)}, {u"b"_s, QVariantList{QString()}}});
    }
    void clientCodecAgreesWithTheEmulators()
    {
        QFETCH(QVariant, clientValue);
        QFETCH(Value, wireValue);
        QFETCH(QVariant, clientRead);
        // client → emulator
        const QByteArray sent = client::encodeCall(u"one.test"_s, {clientValue});
        const auto read = emu::readCall(sent);
        const auto *c = std::get_if<emu::Call>(&read);
        QVERIFY2(c, c ? "" : qPrintable(std::get<emu::Fault>(read).message));
        QCOMPARE(c->method, u"one.test"_s);
        QCOMPARE(c->params.size(), size_t(1));
        QVERIFY2(c->params.front() == wireValue,
                 qPrintable(c->params.front().describe() + u" from "_s + QString::fromUtf8(sent)));
        // emulator → client
        const QByteArray answered = emu::writeResponse(wireValue);
        const daas::Result<client::Response> decoded = client::decodeResponse(answered);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error().detail()));
        QVERIFY(!decoded->isFault);
        QCOMPARE(decoded->value, clientRead);
    }

    void clientReadsTheEmulatorsFaults()
    {
        const QString text = u"[one.vm.action] <\"quota\"> & more \u00e9\r\n"_s;
        const daas::Result<client::Response> decoded = client::decodeResponse(emu::writeFault(-501, text));
        QVERIFY2(decoded.ok(), qPrintable(decoded.error().detail()));
        QVERIFY(decoded->isFault);
        QCOMPARE(decoded->fault.code, -501);
        QCOMPARE(decoded->fault.message, text);
    }

    // Nothing of the client's codec in the emulator: its symbols are absent, the emulator's own are there.
    void emulatorHoldsNoClientCodec()
    {
        QFile binary(daas::test::paths::openNebulaEmulator());
        QVERIFY2(binary.open(QIODevice::ReadOnly), qPrintable(binary.fileName()));
        const QByteArray bytes = binary.readAll();
        QVERIFY(bytes.contains("N4daas8emulator6xmlrpc")); // the check can see symbols at all
        QVERIFY(!bytes.contains("N4daas5cloud6XmlRpc"));
        QVERIFY(!bytes.contains("daas::cloud::XmlRpc"));
    }
};

QTEST_GUILESS_MAIN(TestCloudXmlRpc)
#include "tst_cloud_xmlrpc.moc"
