# LibVNCServer 0.9.15 from its release tag's commit (git verifies it; no tarball hash to trust on first use).
vcpkg_from_git(
    OUT_SOURCE_PATH SOURCE_PATH
    URL https://github.com/LibVNC/libvncserver.git
    REF 9b54b1ec32731bd23158ca014dc18014db4194c3 # tag LibVNCServer-0.9.15
    HEAD_REF master
)

# TLS and the crypto of the security types through OpenSSL (as Qt and FreeRDP use it here); no GnuTLS,
# no libgcrypt, none of the examples' toolkits.
vcpkg_cmake_configure(
    SOURCE_PATH "${SOURCE_PATH}"
    OPTIONS
        -DWITH_ZLIB=ON
        -DWITH_JPEG=ON
        -DWITH_PNG=ON
        -DWITH_OPENSSL=ON
        -DWITH_GNUTLS=OFF
        -DWITH_GCRYPT=OFF
        -DPREFER_WIN32THREADS=ON # MSVC has no pthreads; elsewhere no win32 threads are found
        -DWITH_LZO=OFF
        -DWITH_SDL=OFF
        -DWITH_GTK=OFF
        -DWITH_QT=OFF
        -DWITH_LIBSSHTUNNEL=OFF
        -DWITH_SYSTEMD=OFF
        -DWITH_FFMPEG=OFF
        -DWITH_SASL=OFF
        -DWITH_XCB=OFF
        -DWITH_EXAMPLES=OFF
        -DWITH_TESTS=OFF
)
vcpkg_cmake_install()
vcpkg_cmake_config_fixup(CONFIG_PATH lib/cmake/LibVNCServer)
vcpkg_fixup_pkgconfig()
vcpkg_copy_pdbs()

file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/debug/include" "${CURRENT_PACKAGES_DIR}/debug/share")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/COPYING")
