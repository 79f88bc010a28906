// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>

#include <functional>

class QHttpServerRequest;
class QTcpServer;
class QTcpSocket;

//! One HTTP answer of the emulator.
struct SimHttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; //!< extra headers (FileId ...)

    //! A short plain-text answer (errors, §10 i/r).
    static SimHttpResponse text(int status, const QByteArray &body);
};

//! A tiny HTTP server that hands every request to one function. QHttpServer's router would
//! do too, but a single function keeps the emulator's answers (404 for everything unknown,
//! 401 before anything else) in one readable place.
class SimHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimHttpServer)

public:
    using Handler = std::function<SimHttpResponse(const QHttpServerRequest &)>;

    explicit SimHttpServer(Handler handler, QObject *parent = nullptr);
    ~SimHttpServer() override;

    //! Listens on address:port (0 = any free port). False and a readable *error when the
    //! port cannot be bound.
    bool listenOn(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    //! Stops listening at once (the object itself may be deleted later).
    void closeListener();

    //! The `file` part of a multipart/form-data body (§8); false when there is none.
    static bool multipartFile(const QHttpServerRequest &request, QByteArray *data,
                              QString *fileName);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void respond(const QHttpServerRequest &request, QTcpSocket *socket,
                 const SimHttpResponse &response);

    Handler m_handler;
    QPointer<QTcpServer> m_tcpServer;
};
