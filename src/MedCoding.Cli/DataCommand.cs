using System.CommandLine;
using System.Globalization;
using MedCoding.CodeSets.IO;
using MedCoding.Data.Compilation;

namespace MedCoding.Cli;

/// <summary><c>medcoding data compile [--system icd10cm|...] --data DIR --out FILE [--uncompressed]</c>: compiles one release's official files into a compiled data file, with the same compiler the build runs.</summary>
internal static class DataCommand
{
    public static Command Create(TextWriter stdout)
    {
        var system = new Option<string>("--system")
        {
            Description = "The code system: " + string.Join("; ", ReleaseCompilers.All.Select(c => $"{c.Name} ({c.FolderDescription})")) + ".",
            DefaultValueFactory = _ => "icd10cm",
        };
        system.AcceptOnlyFromAmong([.. ReleaseCompilers.All.Select(c => c.Name)]);
        var data = new Option<DirectoryInfo>("--data")
        {
            Description = "Folder holding one release's official files.",
            Required = true,
        };
        var output = new Option<FileInfo>("--out")
        {
            Description = "The compiled data file to write, e.g. icd10cm-2026.mcd; load it with the release type's FromFile or the CLI's --snapshot.",
            Required = true,
        };
        var uncompressed = new Option<bool>("--uncompressed")
        {
            Description = "Store the payload without Deflate: about 7 times larger, slightly faster to load.",
        };
        var compile = new Command("compile", "Compile one release's official files into a compiled data file (load it with 'lookup --snapshot FILE').")
        {
            system, data, output, uncompressed,
        };
        compile.SetAction(parse =>
        {
            var compiler = ReleaseCompilers.Get(parse.GetRequiredValue(system));
            var path = parse.GetRequiredValue(output).FullName;
            var compression = parse.GetValue(uncompressed) ? CompiledDataCompression.None : CompiledDataCompression.Deflate;

            // The compiler reads the output back and checks it is the release that was compiled before it is written.
            var compiled = compiler.Compile(parse.GetRequiredValue(data).FullName, compression);
            File.WriteAllBytes(path, compiled.Bytes);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{compiled.Summary} -> {path} ({compiled.Bytes.Length:N0} bytes, format {CompiledDataFormat.CurrentVersion})"));
            return ExitCodes.Success;
        });

        return new Command("data", "Work with compiled code-set data.") { compile };
    }
}
