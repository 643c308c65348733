import { SetMetadata } from '@nestjs/common';

/** Metadata key the session guard reads to let a route through without a session. */
export const IS_PUBLIC = 'goaltrail:public';

/** Marks a controller or route as open to anyone (health, login); every other route needs a session. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
