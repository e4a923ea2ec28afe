using Dispatch.Gateway.Auth;
using Dispatch.Gateway.Errors;
using Dispatch.Gateway.Features.Accounts;
using Dispatch.Gateway.Features.County;
using Dispatch.Gateway.Features.Hotline;
using Dispatch.Gateway.Features.Incidents;
using Dispatch.Gateway.Features.Inspections;
using Dispatch.Gateway.Features.Officers;
using Dispatch.Gateway.Features.Open311;
using Dispatch.Gateway.Features.Operations;
using Dispatch.Gateway.Features.Whistles;
using Dispatch.Gateway.Hosting;
using Dispatch.Hosting;
using Dispatch.Live;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.AddDispatchLogging("gateway");
using var startupLog = LoggerFactory.Create(l => l.AddSerilog(new LoggerConfiguration().WriteTo.Console().CreateLogger()));
var mode = builder.AddDispatchBackend(startupLog.CreateLogger("Dispatch.Startup"));
builder.AddDispatchAuth(embedded: mode == DispatchMode.Embedded);
builder.AddDispatchRateLimits();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<DomainExceptionHandler>();
// A body that is not the JSON a route expects ("lat": "abc") throws, so it gets the same Chinese problem as any bad input.
builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(LiveSetup.EnumsAsCamelCase));
builder.Services.AddDispatchOpenApi();
builder.Services.AddSingleton(builder.Configuration.GetSection("Dispatch:Evidence").Get<Dispatch.Gateway.Evidence.EvidenceSettings>() ?? new());
builder.Services.AddSingleton<Dispatch.Gateway.Evidence.EvidenceStore>();
builder.Services.AddSingleton<Dispatch.Gateway.Hosting.ListingRebuild>();
builder.Services.AddSingleton(IntakeKeys.From(builder.Configuration, embedded: mode == DispatchMode.Embedded));
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 1024 * 1024);

var app = builder.Build();
app.UseSecurityHeaders();
// Request logging outside the exception handler, so it records the status the client actually got.
app.UseSerilogRequestLogging(o => o.GetLevel = (http, _, ex) =>
    ex is not null || http.Response.StatusCode >= 500 ? Serilog.Events.LogEventLevel.Error : Serilog.Events.LogEventLevel.Debug);
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseConsoleFiles();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapOpenApi();
app.MapDispatchHealth();
app.MapSystem();
app.MapAuth();
app.MapMe();
app.MapCounty();
app.MapOfficers();
app.MapIncidents();
app.MapIncidentExport();
app.MapQueryModel();
app.MapWhistles();
app.MapScorecards();
app.MapEnterprises();
app.MapInspectionPlans();
app.MapInspectionRuns();
app.MapInspectionDraws();
app.MapPublicInspections();
app.MapIndicators();
app.MapInspectors();
app.MapAccounts();
app.MapHotline();
app.MapOpen311();
// A hub connection ends when its token expires (the client signs in again), not when the socket happens to drop.
app.MapHub<ConsoleHub>("/hubs/console", o => o.CloseOnAuthenticationExpiration = true);
app.MapHub<FieldHub>("/hubs/field", o => o.CloseOnAuthenticationExpiration = true);

app.Logger.LogInformation("Dispatch gateway starting in {Mode} mode", mode);
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
