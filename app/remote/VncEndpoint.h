#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace daas::remote {

// Picture quality against bandwidth. Auto chooses raw pixels on this machine and Tight/JPEG elsewhere.
enum class VncQuality { Auto, Lossless, High, Medium, Low };

// Where and how to reach one VNC desktop. The password lives only in memory (from the keychain or
// a prompt); nothing here is ever written to settings or logs.
struct VncEndpoint
{
    QString host;
    quint16 port = 5900;
    // Set for consoles behind a websockify proxy (OpenStack noVNC, OpenNebula Sunstone): ws:// or wss://
    // with the token in the URL; host/port are then only used for the TLS host name check.
    QUrl webSocketUrl;
    QList<QPair<QByteArray, QByteArray>> webSocketHeaders;
    QString userName; // VeNCrypt Plain types
    QString password;
    // PEM file of the CA (or the pinned self-signed certificate) that X509 security types must chain to.
    QString caCertificateFile;
    VncQuality quality = VncQuality::Auto;
    bool sharedSession = true;
    bool reconnect = true;
    int maxReconnectAttempts = 8;
    int firstReconnectDelayMs = 1000;
};

} // namespace daas::remote
