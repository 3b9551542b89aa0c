#pragma once

#include <QStringList>

class QCommandLineParser;

namespace daas::cli {

class CliContext;

// The commands, one file per group. Each ends the run with finish() or failWith(), never by returning a
// code: they are asynchronous and the event loop is the caller's.

// SessionCommands.cpp
void login(CliContext &cli);
void whoami(CliContext &cli);
void logout(CliContext &cli);

// CatalogueCommands.cpp
void investigations(CliContext &cli);
void datasets(CliContext &cli);
void datafiles(CliContext &cli);

// TransferCommands.cpp
void download(CliContext &cli);
void upload(CliContext &cli);

// EnvironmentCommands.cpp: daas env templates|list|launch|delete|wait|console|rdp-file
void environments(CliContext &cli);
// StorageCommands.cpp (the facility's WebDAV storage; no ICAT session needed)
void ls(CliContext &cli);
void get(CliContext &cli);
void put(CliContext &cli);
void mkdir(CliContext &cli);
void rm(CliContext &cli);
void mv(CliContext &cli);
void cp(CliContext &cli);
// CopyCommands.cpp: catalogue → storage, streamed (needs the session of 'daas login' and the storage)
void copyToStorage(CliContext &cli);

// FacilityCommands.cpp: daas facility add|list|remove|refresh (runs without a configured facility)
void facilities(const QCommandLineParser &parser, const QStringList &args);

// JobCommands.cpp: daas jobs partitions|list|show|submit|cancel|hold|release|wait
void batchJobs(CliContext &cli);

} // namespace daas::cli
