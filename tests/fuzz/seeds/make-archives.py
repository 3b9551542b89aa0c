#!/usr/bin/env python3
# make-archives.py CORPUS_DIR -- the seeds of fuzz_ids_zip, fuzz_profile_archive and fuzz_archive_names:
# ZIPs as IDS's Java writer makes them (deflated, data descriptors: written to a stream that cannot seek),
# with hostile entries beside good ones, and profile archives as the client exports them (.zip, .tar.gz).
import io, os, sys, tarfile, zipfile, json

out = sys.argv[1]

class Unseekable(io.RawIOBase):
    def __init__(self): self.data = bytearray()
    def writable(self): return True
    def write(self, b): self.data += b; return len(b)

def ids_zip(name, entries, descriptors=True):
    if descriptors:
        stream = Unseekable()
        z = zipfile.ZipFile(stream, 'w', zipfile.ZIP_DEFLATED)
    else:
        stream = io.BytesIO()
        z = zipfile.ZipFile(stream, 'w', zipfile.ZIP_DEFLATED)
    for entry, data, *kind in entries:
        info = zipfile.ZipInfo(entry, date_time=(2026, 6, 18, 9, 0, 0))
        info.compress_type = zipfile.ZIP_STORED if kind and kind[0] == 'stored' else zipfile.ZIP_DEFLATED
        if kind and kind[0] == 'link':
            info.external_attr = (0o120777 << 16)
            info.create_system = 3
        z.writestr(info, data)
    z.close()
    data = bytes(stream.data) if descriptors else stream.getvalue()
    open(os.path.join(out, 'fuzz_ids_zip', name), 'wb').write(data)

good = [('ids/ISIS/2410137/1/MARI+run+data/MAR25100.raw', b'one' * 50),
        ('ids/ISIS/2410137/1/MARI+run+data/MAR25101.raw', b'two' * 50),
        ('ids/DLS/cm33866/cm33866-2/caf%C3%A9/x.h5', b'\x89HDF\r\n\x1a\n' + bytes(200)),
        ('ids/ISIS/2410137/1/Sample+logs/sub/notes.log', b'three')]
ids_zip('ids-layout.zip', good)
ids_zip('ids-layout-seekable.zip', good, descriptors=False)
ids_zip('ids-stored.zip', [(n, d, 'stored') for n, d in good])
ids_zip('ids-hostile.zip', good[:1] + [
    ('ids/ISIS/1/1/../../../../etc/passwd', b'root'),
    ('/etc/shadow', b'x'),
    ('ids/ISIS/1/1/ds/..\\..\\win.ini', b'x'),
    ('ids/ISIS/1/1/%2E%2E/escape', b'x'),
    ('ids/ISIS/1/1/ds/link', b'/etc/passwd', 'link'),
    ('not-ids/a/b/c/d/e', b'x'),
    ('ids/ISIS/1/1/ds/', b''),
])
ids_zip('ids-small-bomb.zip', [('ids/ISIS/1/1/ds/zeros.raw', bytes(1 << 20))])
ids_zip('ids-empty.zip', [])

demo = open(os.path.join(out, 'fuzz_facility_profile', 'example-facility.json'), 'rb').read()
pem = b'-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQk5o\n-----END CERTIFICATE-----\n'
def profile_zip(name, files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, d in files: z.writestr(n, d)
    open(os.path.join(out, 'fuzz_profile_archive', name), 'wb').write(b.getvalue())
def profile_tgz(name, files):
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode='w:gz') as t:
        for n, d in files:
            info = tarfile.TarInfo(n); info.size = len(d); info.mtime = 1781773200
            t.addfile(info, io.BytesIO(d))
    open(os.path.join(out, 'fuzz_profile_archive', name), 'wb').write(b.getvalue())
profile_zip('profile.zip', [('facility.json', demo), ('certs/facility-ca.pem', pem)])
profile_tgz('profile.tar.gz', [('facility.json', demo), ('certs/facility-ca.pem', pem)])
profile_zip('profile-unsafe.zip', [('facility.json', demo), ('../certs/x.pem', pem)])
profile_tgz('profile-unsafe.tar.gz', [('facility.json', demo), ('/etc/x.pem', pem)])
profile_zip('profile-bomb.zip', [('facility.json', demo), ('notes.txt', bytes(2 << 20))])

names = ['ids/ISIS/2410137/1/MARI+run+data/MAR25100.raw', 'ids/DLS/cm33866/cm33866-2/caf%C3%A9/x.h5',
         '../../etc/passwd', '/etc/passwd', 'C:\\Windows\\win.ini', 'ids/a/b/c/%2E%2E/x', 'CON', 'a/./b',
         'dir/sub/', 'f\u00e9\u65e5.txt', 'trailing. ', '\\\\server\\share\\x', 'ids/a/b/c/d+e/f%00g']
os.makedirs(os.path.join(out, 'fuzz_archive_names'), exist_ok=True)
for i, n in enumerate(names):
    open(os.path.join(out, 'fuzz_archive_names', 'name%02d' % i), 'wb').write(n.encode('utf-8'))
