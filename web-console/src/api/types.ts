// Contract types every page shares (JSON camelCase, WGS-84 degrees, ISO 8601 UTC times): the caller, the system and the
// county with its catalogue of categories. Each feature's own contract types are in src/features/<feature>/types.ts,
// the hub events in src/live/hubContract.ts.
//
// Everything the REST API returns is generated from the gateway's OpenAPI document (src/api/generated/openapi.ts,
// written by `npm run gen:api` from openapi.json, which the gateway build writes): these are aliases of those schemas,
// so a change on the server that the console does not follow fails `tsc`.
import type { components } from './generated/openapi';

type Schemas = components['schemas'];

export type Role = Schemas['Role'];
export type SystemInfo = Schemas['SystemInfo'];
export type LoginResponse = Schemas['LoginResponse'];
export type Me = Schemas['MeResponse'];
export type LatLon = Schemas['LatLon'];
/** GeoJSON Polygon geometry; coordinates are [lon, lat]. */
export type PolygonGeometry = Schemas['GeoJsonPolygon'];
export type Zone = Schemas['ZoneView'];
export type Township = Schemas['TownshipData'];
export type Grid = Schemas['GridData'];
export type Department = Schemas['DepartmentData'];
export type County = Schemas['CountyView'];
/** The county's incident categories (the lookup names them on every page). */
export type Category = Schemas['IncidentCategory'];
/** A stored photo (incident evidence, an inspection's results). */
export type Evidence = Schemas['EvidenceView'];
