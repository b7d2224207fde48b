import Foundation

/// The compiled-in defaults and the override folder.
extension ScreenCatalog {
    /// The definitions compiled into the program from `Screens/*.yaml`.
    ///
    /// Never fails: a test loads every default file and fails the build's tests on any problem, so the
    /// empty fallback below is unreachable in a tested build.
    public static let defaults: ScreenCatalog = {
        let files = EmbeddedScreens.files.map { DefinitionFile(name: "Screens/" + $0.name, text: $0.text) }
        return (try? ScreenCatalog(files: files)) ?? ScreenCatalog(forms: [:], lists: [:])
    }()

    /// The defaults with every `*.yaml` file of `overrideDirectory` put in place of the definition of the
    /// same id; throws all problems of all files (the program prints them and does not start).
    public static func load(overrideDirectory: String) throws(DefinitionErrors) -> ScreenCatalog {
        let overrides = try ScreenCatalog(files: readFiles(in: overrideDirectory))
        return defaults.replacing(with: overrides)
    }

    /// Reads the `.yaml` and `.yml` files of a folder, in name order.
    static func readFiles(in directory: String) throws(DefinitionErrors) -> [DefinitionFile] {
        let url = URL(fileURLWithPath: directory, isDirectory: true)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        } catch {
            throw DefinitionErrors([
                DefinitionError(
                    file: directory, line: 1, column: 1, message: "无法读取界面定义目录，请检查路径是否存在、是否有读取权限")
            ])
        }
        var files: [DefinitionFile] = []
        var errors: [DefinitionError] = []
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let path = url.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path) else {
                errors.append(DefinitionError(file: path, line: 1, column: 1, message: "无法读取此文件，请检查读取权限"))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                errors.append(DefinitionError(file: path, line: 1, column: 1, message: "文件不是 UTF-8 编码，请以 UTF-8 保存"))
                continue
            }
            files.append(DefinitionFile(name: path, text: text))
        }
        guard errors.isEmpty else { throw DefinitionErrors(errors) }
        return files
    }
}
