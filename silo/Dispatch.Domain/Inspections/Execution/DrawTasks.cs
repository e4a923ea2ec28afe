using Dispatch.Domain.Inspections.Catalogue;
using Dispatch.Domain.Inspections.Draws;

namespace Dispatch.Domain.Inspections.Execution;

/// <summary>
/// What a draw staffs for a visit: one inspector per department checking items, holding the qualification of its first
/// item (by code), and the lead department's inspector even when the lead has no item of its own on the visit — it
/// organises the team (a scenario's lead). One qualification per department per visit is the draw's model.
/// </summary>
public static class DrawTasks
{
    public static DrawTask Of(InspectionTask task, InspectionCatalogue catalogue)
    {
        var departments = task.Departments
            .Select(d => new DrawDepartment(d.DepartmentId, QualificationFor(d.DepartmentId, d.ItemCodes, task.ScenarioId, catalogue)))
            .ToList();
        if (departments.All(d => d.DepartmentId != task.LeadDepartmentId))
            departments.Add(new DrawDepartment(task.LeadDepartmentId, QualificationFor(task.LeadDepartmentId, [], task.ScenarioId, catalogue)));
        return new DrawTask(task.Id, task.CreditCode, departments);
    }

    static string QualificationFor(string departmentId, IReadOnlyList<string> itemCodes, string? scenarioId, InspectionCatalogue catalogue)
    {
        var codes = itemCodes.Count > 0 ? itemCodes
            : catalogue.Scenario(scenarioId)?.Departments.FirstOrDefault(d => d.DepartmentId == departmentId)?.ItemCodes ?? [];
        var item = codes.Order(StringComparer.Ordinal).Select(catalogue.Item).FirstOrDefault(i => i is not null)
                   ?? catalogue.Items.Where(i => i.DepartmentId == departmentId).OrderBy(i => i.Code, StringComparer.Ordinal).FirstOrDefault();
        // An item outside the catalogue asks for the department's basic qualification.
        return item?.Qualification ?? $"{departmentId}.1";
    }
}
