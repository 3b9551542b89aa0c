// OpenNebula's XML documents (the strings inside its XML-RPC answers): VM and template pools, one VM, one
// template, read by cloud/XmlTree and cloud/OpenNebulaDocuments, including the desktop endpoints.
#include "FuzzSupport.h"

#include "cloud/OpenNebulaDocuments.h"
#include "cloud/XmlTree.h"

using namespace daas::cloud;

DAAS_FUZZ_INITIALISE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString xml = QString::fromUtf8(daas::fuzz::bytes(data, size));
    const daas::Result<XmlTree> tree = XmlTree::parse(xml);
    if (!tree) {
        (void)tree.error().userText();
        return 0;
    }
    (void)opennebula::templatesFromPool(*tree);
    (void)opennebula::environmentsFromPool(*tree);
    (void)opennebula::templateFromDocument(*tree);
    (void)opennebula::environmentFromVm(*tree);
    (void)opennebula::consoleFromVm(*tree);
    (void)opennebula::consoleFromVm(*tree, daas::remote::RemoteProtocol::Rdp);
    (void)opennebula::serverMessage(xml);
    (void)opennebula::errorFromResult(int(size), xml, QStringLiteral("one.vm.info"));
    return 0;
}
