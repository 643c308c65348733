import type { Role } from '@goaltrail/contracts';
import { SetMetadata } from '@nestjs/common';

/** Metadata key the session guard reads for the roles a route allows. */
export const ROLES = 'goaltrail:roles';

/**
 * Allows a controller or route only to users with one of these roles (403 otherwise). A route-level
 * list replaces the controller's. Without it, any signed-in user may call the route.
 */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES, roles);
