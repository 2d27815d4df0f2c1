# zstd compresses the cache's blocks of daily values (core/cache/series_block.cpp). Found through
# pkg-config on Debian; the ML-only build (bench/gpu/run.sh) passes ZSTD_INCLUDE_DIR and
# ZSTD_LIBRARY from the folder bench/gpu/prepare.sh extracts.
if(NOT ZSTD_LIBRARY)
  find_package(PkgConfig QUIET)
  if(PKG_CONFIG_FOUND)
    pkg_check_modules(ZSTD_PC QUIET libzstd)
  endif()
endif()
find_path(ZSTD_INCLUDE_DIR NAMES zstd.h HINTS ${ZSTD_PC_INCLUDE_DIRS})
find_library(ZSTD_LIBRARY NAMES zstd HINTS ${ZSTD_PC_LIBRARY_DIRS})
if(NOT ZSTD_INCLUDE_DIR OR NOT ZSTD_LIBRARY)
  message(FATAL_ERROR "zstd not found: install libzstd-dev (or pass ZSTD_INCLUDE_DIR and ZSTD_LIBRARY)")
endif()
add_library(fluxlens_zstd INTERFACE IMPORTED)
target_include_directories(fluxlens_zstd INTERFACE ${ZSTD_INCLUDE_DIR})
target_link_libraries(fluxlens_zstd INTERFACE ${ZSTD_LIBRARY})
add_library(FluxLens::zstd ALIAS fluxlens_zstd)
