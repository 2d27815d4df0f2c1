#include "import/zip_archive.h"

#include "common/input_error.h"
#include "fluxlens_config.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <memory>

#if FLUXLENS_HAVE_LIBZIP
#include <zip.h>
#endif

namespace fluxlens {

bool looksLikeZipFile(const std::string& path) {
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".zip";
}

#if FLUXLENS_HAVE_LIBZIP
namespace {
struct ZipCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct ZipFileCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;

ZipPtr openArchive(const std::string& path) {
    int error = 0;
    ZipPtr archive(zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!archive) {
        zip_error_t zipError;
        zip_error_init_with_code(&zipError, error);
        std::string message =
            std::string("not a readable zip archive: ") + zip_error_strerror(&zipError);
        zip_error_fini(&zipError);
        throw InputError(path, message);
    }
    return archive;
}
} // namespace

bool zipSupportAvailable() {
    return true;
}

std::vector<std::string> listZipEntries(const std::string& archivePath) {
    ZipPtr archive = openArchive(archivePath);
    std::vector<std::string> names;
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char* name = zip_get_name(archive.get(), static_cast<zip_uint64_t>(i), 0);
        if (name && *name && name[std::char_traits<char>::length(name) - 1] != '/')
            names.emplace_back(name);
    }
    return names;
}

std::string readZipEntry(const std::string& archivePath, const std::string& entryName) {
    ZipPtr archive = openArchive(archivePath);
    const std::string label = archivePath + "/" + entryName;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive.get(), entryName.c_str(), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
        throw InputError(label, "entry not found in the archive");
    std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen(archive.get(), entryName.c_str(), 0));
    if (!file)
        throw InputError(label,
                         std::string("cannot open the entry: ") + zip_strerror(archive.get()));
    std::string bytes(static_cast<std::size_t>(stat.size), '\0');
    std::size_t done = 0;
    while (done < bytes.size()) {
        const zip_int64_t n = zip_fread(file.get(), bytes.data() + done, bytes.size() - done);
        if (n < 0)
            throw InputError(label,
                             std::string("the entry is corrupt: ") + zip_file_strerror(file.get()));
        if (n == 0)
            throw InputError(label, "the entry is truncated");
        done += static_cast<std::size_t>(n);
    }
    return bytes;
}
#else
bool zipSupportAvailable() {
    return false;
}

std::vector<std::string> listZipEntries(const std::string& archivePath) {
    throw InputError(archivePath, "this FluxLens was built without libzip: unpack the archive and "
                                  "import its files");
}

std::string readZipEntry(const std::string& archivePath, const std::string&) {
    throw InputError(archivePath, "this FluxLens was built without libzip: unpack the archive and "
                                  "import its files");
}
#endif

} // namespace fluxlens
