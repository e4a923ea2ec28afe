using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Dispatch.Domain.Access;
using Dispatch.Domain.County;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Incidents.Listings;
using Dispatch.QueryModel;

namespace Dispatch.Gateway.Features.Incidents;

/// <summary>
/// GET /api/incidents/export?from=&amp;to=: every incident created in the period, newest first, as CSV (UTF-8 with BOM
/// so Excel reads the Chinese headers), streamed from the query model row by row, for the county and the auditor to
/// archive a year.
/// </summary>
public static class IncidentExportEndpoints
{
    public static IEndpointRouteBuilder MapIncidentExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/incidents/export", Export).WithTags("incidents")
            .RequireAuthorization(p => p.RequireRole(Roles.CountyCommander, Roles.Auditor))
            .Produces<string>(StatusCodes.Status200OK, "text/csv").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Every incident created from–to (created time; dates are China days, `to` exclusive) as CSV with Chinese headers.");
        return app;
    }

    static IResult Export(CountyDirectory county, Listings<IncidentRecord> listings, string? from = null, string? to = null)
    {
        var parsed = IncidentQueryParse.Parse(new IncidentQueryText(null, null, null, null, null, from, to, null, null, null), county);
        if (parsed.Query is not { } query) return Results.ValidationProblem(parsed.Errors, title: "导出条件无效");
        var name = $"incidents-{(from ?? "all")}-{(to ?? "now")}.csv".Replace(':', '-');
        return Results.Stream(async body =>
        {
            await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            // Reporters' texts go into a file the county opens in Excel: a description starting with = or @ must stay text.
            await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape });
            foreach (var header in IncidentCsv.Headers) csv.WriteField(header);
            await csv.NextRecordAsync();
            var rows = 0;
            await foreach (var r in listings.All([IncidentSets.All], query.From, query.To))
            {
                foreach (var field in IncidentCsv.Fields(r, county)) csv.WriteField(field);
                await csv.NextRecordAsync();
                if (++rows % 500 == 0) await csv.FlushAsync();
            }
        }, "text/csv; charset=utf-8", name);
    }
}
