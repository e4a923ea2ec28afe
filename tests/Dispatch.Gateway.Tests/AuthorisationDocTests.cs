namespace Dispatch.Gateway.Tests;

/// <summary>
/// docs/authorisation.md is never edited by hand: it is <see cref="AuthorisationDoc"/> rendered from the matrix's rows,
/// and this test fails when the committed file says anything else. With DISPATCH_WRITE_DOCS=1 it writes the file instead.
/// </summary>
public class AuthorisationDocTests
{
    [Fact]
    public void The_committed_authorisation_doc_is_the_matrix_as_its_rows_state_it()
    {
        var rendered = AuthorisationDoc.Render(AuthorisationMatrix.Rest, AuthorisationMatrix.Hubs);
        if (Environment.GetEnvironmentVariable(AuthorisationDoc.WriteVariable) == "1")
        {
            File.WriteAllText(AuthorisationDoc.Path, rendered);
            return;
        }
        var committed = File.Exists(AuthorisationDoc.Path) ? File.ReadAllText(AuthorisationDoc.Path).ReplaceLineEndings("\n") : null;
        if (committed == rendered) return;
        Assert.Fail((committed is null ? "docs/authorisation.md is missing" : $"docs/authorisation.md differs from AuthorisationMatrix's rows: {FirstDifference(committed, rendered)}")
            + $"\nThe file is written from the rows: run `{AuthorisationDoc.WriteVariable}=1 dotnet test tests/Dispatch.Gateway.Tests --filter FullyQualifiedName~AuthorisationDoc` and commit it.");
    }

    static string FirstDifference(string committed, string rendered)
    {
        string[] old = committed.Split('\n'), now = rendered.Split('\n');
        var line = Enumerable.Range(0, Math.Max(old.Length, now.Length))
            .First(i => i >= old.Length || i >= now.Length || old[i] != now[i]);
        string At(string[] lines) => line < lines.Length ? lines[line] : "(end of file)";
        return $"first at line {line + 1}\n  committed: {At(old)}\n  the rows:  {At(now)}";
    }
}
