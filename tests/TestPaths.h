#pragma once

#include <QString>

// Where the suites and the fixtures find the programs and files they start or read. CMake writes them into
// one generated source (tests/CMakeLists.txt): no other compile command names a folder of the checkout, so a
// compiler cache serves the suites of a checkout in any folder.
namespace daas::test::paths {

QString cli();                      // daas
QString gui();                      // daas-desktop; empty when the GUI is not built
QString askpass();                  // daas-askpass
QString vncProbe();                 // daas-vnc-probe
QString icatEmulator();             // daas-icat-emulator
QString openNebulaEmulator();       // daas-opennebula-emulator
QString openStackEmulator();        // daas-openstack-emulator
QString rdpChannelFailureLibrary(); // tests/facility/vnc/rdp-channel-failure.c; empty where it is not built
QString dndPeer();                  // daas-dnd-peer; empty when the GUI is not built
QString faultQueue();               // daas-fault-queue
QString sourceDir();                // the checkout
QString buildDir();                 // the build folder (translations/*.qm)
QString iconDir();                  // the installers' icons made from resources/daas.svg

} // namespace daas::test::paths
