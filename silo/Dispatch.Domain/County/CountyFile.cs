using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dispatch.Domain.County;

/// <summary>Reads and writes the county JSON file.</summary>
public static class CountyFile
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static CountyData Parse(string json) =>
        JsonSerializer.Deserialize<CountyData>(json, Json) ?? throw new InvalidCountyDataException(["the file is empty"]);

    public static CountyData Load(string path) => Parse(File.ReadAllText(path));

    public static string Serialize(CountyData data) => JsonSerializer.Serialize(data, Json);
}
